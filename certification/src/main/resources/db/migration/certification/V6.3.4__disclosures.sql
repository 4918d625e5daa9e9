-- Issue #6: disclosures on broker profiles. What an administrator records never changes; the
-- broker's comment may be written and rewritten.
-- Portable across MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE disclosure (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    holder_id      BIGINT        NOT NULL,
    category       VARCHAR(20)   NOT NULL,
    occurred_on    DATE          NOT NULL,
    summary        VARCHAR(2000) NOT NULL,
    entered_by     BIGINT        NOT NULL,
    entered_at     DATETIME(6)   NOT NULL,
    broker_comment VARCHAR(2000),
    commented_at   DATETIME(6),
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_disclosure_holder ON disclosure (holder_id, occurred_on);

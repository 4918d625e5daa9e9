-- Issue #6: continuing professional development. cpd_activity holds what holders log and the
-- credited course completions (certificate_id is the certificate the activity counts towards,
-- null for a course completed before the person held one); cpd_evidence the evidence files;
-- cpd_reminder the expiry reminders sent, one per (certificate, days before expiry).
-- Portable across MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE cpd_activity (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    holder_id       BIGINT         NOT NULL,
    certificate_id  BIGINT,
    category        VARCHAR(16)    NOT NULL,
    source          VARCHAR(20)    NOT NULL,
    title           VARCHAR(200)   NOT NULL,
    course_code     VARCHAR(40),
    activity_date   DATE           NOT NULL,
    quantity        DECIMAL(8, 2)  NOT NULL,
    credits         DECIMAL(9, 2)  NOT NULL,
    state           VARCHAR(10)    NOT NULL,
    audited         BOOLEAN        NOT NULL DEFAULT FALSE,
    evidence_name   VARCHAR(200),
    evidence_type   VARCHAR(40),
    evidence_sha256 VARCHAR(64),
    decided_by      BIGINT,
    decided_at      DATETIME(6),
    reject_reason   VARCHAR(1000),
    created_at      DATETIME(6)    NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_cpd_activity_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cpd_activity_holder ON cpd_activity (holder_id);
CREATE INDEX ix_cpd_activity_certificate ON cpd_activity (certificate_id);
CREATE INDEX ix_cpd_activity_state ON cpd_activity (state);

CREATE TABLE cpd_evidence (
    activity_id BIGINT      NOT NULL,
    content     MEDIUMBLOB  NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (activity_id),
    CONSTRAINT fk_cpd_evidence_activity FOREIGN KEY (activity_id) REFERENCES cpd_activity (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cpd_reminder (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    certificate_id BIGINT      NOT NULL,
    days_before    INT         NOT NULL,
    sent_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cpd_reminder UNIQUE (certificate_id, days_before),
    CONSTRAINT fk_cpd_reminder_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Issue #6: certificates and the qualification registry. registry_event is append-only and
-- hash-chained; registry_chain holds the chain's head (one row); certificate_document keeps each
-- issued PDF byte for byte with its SHA-256; status_list holds the published status lists.
-- Portable across MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE status_list (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    bit_length  INT         NOT NULL,
    used_count  INT         NOT NULL DEFAULT 0,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE certificate (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    number            VARCHAR(18)  NOT NULL,
    issue_year        INT          NOT NULL,
    level             VARCHAR(12)  NOT NULL,
    serial_no         INT          NOT NULL,
    tracks            VARCHAR(60)  NOT NULL,
    holder_id         BIGINT       NOT NULL,
    holder_name_zh    VARCHAR(40)  NOT NULL,
    holder_name_latin VARCHAR(100) NOT NULL,
    attempt_id        BIGINT,
    supersedes_id     BIGINT,
    issued_on         DATE         NOT NULL,
    expires_on        DATE         NOT NULL,
    issued_at         DATETIME(6)  NOT NULL,
    status            VARCHAR(12)  NOT NULL,
    status_list_id    BIGINT       NOT NULL,
    status_index      INT          NOT NULL,
    pdf_sha256        VARCHAR(64),
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_certificate_number UNIQUE (number),
    CONSTRAINT uk_certificate_serial UNIQUE (issue_year, level, serial_no),
    CONSTRAINT uk_certificate_status_place UNIQUE (status_list_id, status_index),
    CONSTRAINT fk_certificate_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    CONSTRAINT fk_certificate_supersedes FOREIGN KEY (supersedes_id) REFERENCES certificate (id),
    CONSTRAINT fk_certificate_status_list FOREIGN KEY (status_list_id) REFERENCES status_list (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_certificate_holder ON certificate (holder_id);
CREATE INDEX ix_certificate_expiry ON certificate (status, expires_on);

CREATE TABLE certificate_document (
    certificate_id BIGINT      NOT NULL,
    sha256         VARCHAR(64) NOT NULL,
    content        MEDIUMBLOB  NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (certificate_id),
    CONSTRAINT uk_certificate_document_sha256 UNIQUE (sha256),
    CONSTRAINT fk_certificate_document_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE registry_event (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    seq_no             BIGINT        NOT NULL,
    certificate_id     BIGINT        NOT NULL,
    certificate_number VARCHAR(18)   NOT NULL,
    type               VARCHAR(12)   NOT NULL,
    from_status        VARCHAR(12),
    to_status          VARCHAR(12)   NOT NULL,
    actor_id           BIGINT,
    occurred_at        DATETIME(6)   NOT NULL,
    reason             VARCHAR(1000) NOT NULL,
    public_note        VARCHAR(500),
    previous_hash      CHAR(64)      NOT NULL,
    hash               CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_registry_event_sequence UNIQUE (seq_no),
    CONSTRAINT fk_registry_event_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_registry_event_certificate ON registry_event (certificate_id, seq_no);

CREATE TABLE registry_chain (
    id            BIGINT   NOT NULL,
    last_sequence BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO registry_chain (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE issuance_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    attempt_id     BIGINT        NOT NULL,
    sitting_id     BIGINT        NOT NULL,
    candidate_id   BIGINT        NOT NULL,
    level          VARCHAR(12)   NOT NULL,
    passed_at      DATETIME(6)   NOT NULL,
    state          VARCHAR(10)   NOT NULL,
    certificate_id BIGINT,
    decided_by     BIGINT,
    decided_at     DATETIME(6),
    reason         VARCHAR(1000),
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_issuance_request_attempt UNIQUE (attempt_id),
    CONSTRAINT fk_issuance_request_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    CONSTRAINT fk_issuance_request_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_issuance_request_state ON issuance_request (state, passed_at);

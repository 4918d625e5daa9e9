-- Issue #6: the log of certificate verifications (single lookups through the API or the public
-- page, and bulk checks). Written in batches about once a second; enterprise_id and api_key_id are
-- empty for anonymous checks. Accounts and keys live in the app module, so they are referred to by
-- id without a foreign key. Portable across MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE verification_log (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    certificate_id     BIGINT      NOT NULL,
    certificate_number VARCHAR(18) NOT NULL,
    enterprise_id      BIGINT,
    api_key_id         BIGINT,
    channel            VARCHAR(8)  NOT NULL,
    checked_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_verification_log_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_verification_log_certificate ON verification_log (certificate_id, checked_at);

-- Issue #6: enterprises' keys to the verification API. Only the SHA-256 of a secret is kept, with
-- a short prefix of it by which the owner tells keys apart; per_minute is the key's own rate
-- limit (NULL: techbroker.verification.key-per-minute). Revoked keys stay, revoked_at set.
-- Portable across MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE api_key (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    account_id    BIGINT      NOT NULL,
    name          VARCHAR(60) NOT NULL,
    prefix        VARCHAR(12) NOT NULL,
    secret_sha256 CHAR(64)    NOT NULL,
    per_minute    INT,
    created_at    DATETIME(6) NOT NULL,
    last_used_at  DATETIME(6),
    revoked_at    DATETIME(6),
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_key_secret UNIQUE (secret_sha256),
    CONSTRAINT fk_api_key_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_api_key_account ON api_key (account_id, created_at);

-- Issue #2: accounts, their roles, and the append-only audit log of security events.
-- Portable across MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE account (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    username         VARCHAR(32)  NOT NULL,
    email            VARCHAR(254) NOT NULL,
    name_zh          VARCHAR(40)  NOT NULL,
    name_latin       VARCHAR(100) NOT NULL,
    organisation     VARCHAR(200),
    password_hash    VARCHAR(200) NOT NULL,
    preferred_locale VARCHAR(10),
    locked           BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_logins    INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6),
    created_at       DATETIME(6)  NOT NULL,
    last_login_at    DATETIME(6),
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT uk_account_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)  NOT NULL,
    event_type     VARCHAR(40)  NOT NULL,
    actor          VARCHAR(32),
    subject        VARCHAR(32),
    client_address VARCHAR(45),
    detail         VARCHAR(500),
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_type ON audit_event (event_type, occurred_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject, occurred_at);
CREATE INDEX ix_audit_event_address ON audit_event (client_address, event_type, occurred_at);

-- Issue #6: the verification log counts instead of listing. A row now stands for the checks of one
-- certificate by one verifier through one channel within a window of the log (a minute by
-- default): checked_at is the first of them, last_checked_at the last, check_count how many. Rows
-- written before were single checks. The holder's list reads the newest enterprise checks first.
-- Portable across MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

ALTER TABLE verification_log ADD COLUMN last_checked_at DATETIME(6);
ALTER TABLE verification_log ADD COLUMN check_count INT NOT NULL DEFAULT 1;
UPDATE verification_log SET last_checked_at = checked_at;
ALTER TABLE verification_log MODIFY last_checked_at DATETIME(6) NOT NULL;

CREATE INDEX ix_verification_log_latest ON verification_log (certificate_id, last_checked_at, id);

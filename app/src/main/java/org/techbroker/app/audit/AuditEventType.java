package org.techbroker.app.audit;

/** The security events Techbroker keeps a record of. Stored by name: never rename one. */
public enum AuditEventType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    ACCOUNT_LOCKED_OUT,
    ACCOUNT_REGISTERED,
    ACCOUNT_CREATED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    PASSWORD_CHANGED,
    PROFILE_CHANGED
}

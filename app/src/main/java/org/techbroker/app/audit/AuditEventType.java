package org.techbroker.app.audit;

/**
 * The events Techbroker keeps a record of: security events, and the administrators' decisions on
 * exams (blueprints, sittings, extra time, releases), which decide candidates' results. Stored by
 * name: never rename one.
 */
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
    PROFILE_CHANGED,
    EXAM_BLUEPRINT_SAVED,
    EXAM_SITTING_CREATED,
    EXAM_SITTING_CHANGED,
    EXAM_EXTRA_TIME_GRANTED,
    EXAM_RESULTS_RELEASED,
    API_KEY_LIMIT_CHANGED
}

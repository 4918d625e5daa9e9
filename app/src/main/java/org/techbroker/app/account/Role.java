package org.techbroker.app.account;

/**
 * What a person may do in Techbroker. The names are also the security roles of the web
 * application and the groups the identity store reports, so they must never be renamed.
 */
public enum Role {
    TRAINEE,
    EXAMINER,
    CHIEF_EXAMINER,
    ADMIN,
    ENTERPRISE;

    /** The role names, for {@code @DeclareRoles} and checks written as strings. */
    public static final String TRAINEE_NAME = "TRAINEE";

    public static final String EXAMINER_NAME = "EXAMINER";
    public static final String CHIEF_EXAMINER_NAME = "CHIEF_EXAMINER";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String ENTERPRISE_NAME = "ENTERPRISE";
}

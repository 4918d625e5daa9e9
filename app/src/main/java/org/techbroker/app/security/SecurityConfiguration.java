package org.techbroker.app.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.techbroker.app.account.Role;

/**
 * How people sign in: a form of our own (the login page, or the JSON login of the API), checked
 * against {@link AccountIdentityStore}. A protected page shows an anonymous visitor the login
 * page in its place (a forward, so the address stays) and the page itself after signing in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = true, errorPage = ""))
@DeclareRoles({Role.TRAINEE_NAME, Role.EXAMINER_NAME, Role.CHIEF_EXAMINER_NAME, Role.ADMIN_NAME, Role.ENTERPRISE_NAME})
@ApplicationScoped
public class SecurityConfiguration {}

package org.techbroker.app.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.audit.AuditEventType;
import org.techbroker.app.audit.AuditLog;
import org.techbroker.app.i18n.LocaleSelection;

/**
 * Signs a person in and out of a browser session; the login page and the JSON login both come
 * here, so that both establish the same session. At sign-in the session id is renewed (against
 * session fixation), the CSRF token is made and the person's remembered language is restored.
 */
@RequestScoped
public class SessionLogin {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    AuditLog auditLog;

    /** How a sign-in ended. */
    public enum Outcome {
        /** Signed in; the caller decides where to go next. */
        SIGNED_IN,
        /** Signed in, and the mechanism has already redirected to the page that asked for it. */
        SIGNED_IN_AND_REDIRECTED,
        /** Refused, for a reason never told. */
        REFUSED
    }

    public Outcome signIn(HttpServletRequest request, HttpServletResponse response, String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return Outcome.REFUSED;
        }
        // A new session id before the person is known: an id planted beforehand is worth nothing.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.trim(), new Password(password))));
        if (status != AuthenticationStatus.SUCCESS && status != AuthenticationStatus.SEND_CONTINUE) {
            return Outcome.REFUSED;
        }
        CsrfToken.of(request.getSession(true));
        accounts.findByUsername(username)
                .flatMap(account -> account.preferredLocale())
                .ifPresent(localeSelection::choose);
        return status == AuthenticationStatus.SUCCESS ? Outcome.SIGNED_IN : Outcome.SIGNED_IN_AND_REDIRECTED;
    }

    public void signOut(HttpServletRequest request) throws ServletException {
        String username = request.getUserPrincipal() == null
                ? null
                : request.getUserPrincipal().getName();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (username != null) {
            auditLog.record(AuditEventType.LOGOUT, username, username, request.getRemoteAddr(), null);
        }
    }
}

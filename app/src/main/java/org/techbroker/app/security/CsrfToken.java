package org.techbroker.app.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session token that state-changing API calls authenticated by the session cookie must
 * echo in {@code X-CSRF-Token}. A page of another site can make the browser send the cookie, but
 * cannot read the token. It is made at sign-in and dies with the session.
 */
public final class CsrfToken {

    public static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {}

    /** The session's token, made on first use. */
    public static String of(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
    }

    /** Whether the presented value is the session's token, compared in constant time. */
    public static boolean matches(HttpSession session, String presented) {
        if (session == null || presented == null) {
            return false;
        }
        Object expected = session.getAttribute(ATTRIBUTE);
        return expected instanceof String token
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.UTF_8));
    }
}

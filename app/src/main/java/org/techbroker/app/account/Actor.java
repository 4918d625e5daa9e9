package org.techbroker.app.account;

import java.util.Objects;

/**
 * Who asks for a change, as the audit log records it: the username of the signed-in person (or
 * {@link #SYSTEM} for the application itself, or none for an anonymous visitor) and the client
 * address the request came from. The web layer builds it from the request; services never look
 * at HTTP themselves.
 */
public record Actor(String username, String clientAddress) {

    public static final String SYSTEM = "system";

    public static Actor system() {
        return new Actor(SYSTEM, null);
    }

    public static Actor anonymous(String clientAddress) {
        return new Actor(null, clientAddress);
    }

    public boolean is(String otherUsername) {
        return username != null && Objects.equals(username, otherUsername);
    }
}

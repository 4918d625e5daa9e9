package org.techbroker.app.audit;

import java.time.Instant;

/**
 * Which audit events to show: every criterion is optional. {@code person} matches the actor or
 * the subject; the time range is half-open, from inclusive, until exclusive.
 */
public record AuditFilter(AuditEventType type, String person, String clientAddress, Instant from, Instant until) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null);
    }

    public AuditFilter {
        person = blankToNull(person);
        clientAddress = blankToNull(clientAddress);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

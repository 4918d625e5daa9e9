package org.techbroker.certification.registry;

/**
 * Where a certificate stands. {@link #SUSPENDED} can be lifted; {@link #REVOKED} and {@link
 * #SUPERSEDED} are final; {@link #EXPIRED} follows from the expiry date, so a certificate past
 * its date reads expired even before the daily sweep records it.
 */
public enum CertificateStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    EXPIRED,
    SUPERSEDED;

    /** Whether an administrator (or the sweep, or a re-issue) may move a certificate from here to there. */
    public boolean canBecome(CertificateStatus next) {
        return switch (this) {
            case ACTIVE -> next == SUSPENDED || next == REVOKED || next == EXPIRED || next == SUPERSEDED;
            case SUSPENDED -> next == ACTIVE || next == REVOKED || next == EXPIRED || next == SUPERSEDED;
            case EXPIRED -> next == SUPERSEDED || next == REVOKED;
            case REVOKED, SUPERSEDED -> false;
        };
    }

    /** True for the statuses nothing can change any more. */
    public boolean isFinal() {
        return this == REVOKED || this == SUPERSEDED;
    }
}

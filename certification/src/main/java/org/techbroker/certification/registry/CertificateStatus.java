package org.techbroker.certification.registry;

/**
 * Where a certificate stands. {@link #SUSPENDED} can be lifted (or made a revocation), and nothing
 * else moves a suspended certificate: it neither expires nor is renewed or re-issued while
 * suspended. {@link #REVOKED} and {@link #SUPERSEDED} are final; {@link #EXPIRED} follows from
 * the expiry date, so an active certificate past its date reads expired even before the sweep
 * records it.
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
            case SUSPENDED -> next == ACTIVE || next == REVOKED;
            case EXPIRED -> next == SUPERSEDED || next == REVOKED;
            case REVOKED, SUPERSEDED -> false;
        };
    }

    /** True for the statuses nothing can change any more. */
    public boolean isFinal() {
        return this == REVOKED || this == SUPERSEDED;
    }
}

package org.techbroker.certification.verification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.techbroker.certification.registry.CertificateStatus;

/**
 * The two published lists of each status list id, by their W3C {@code statusPurpose}: a bit is set
 * in the revocation list for a revoked certificate and in the suspension list for a suspended one.
 */
public enum StatusPurpose {
    REVOCATION(CertificateStatus.REVOKED),
    SUSPENSION(CertificateStatus.SUSPENDED);

    private final CertificateStatus marked;

    StatusPurpose(CertificateStatus marked) {
        this.marked = marked;
    }

    /** The status whose certificates have their bit set in this list. */
    public CertificateStatus marked() {
        return marked;
    }

    /** The W3C statusPurpose value: {@code revocation} or {@code suspension}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StatusPurpose> of(String value) {
        return Arrays.stream(values()).filter(p -> p.value().equals(value)).findFirst();
    }
}

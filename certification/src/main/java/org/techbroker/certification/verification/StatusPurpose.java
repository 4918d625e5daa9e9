package org.techbroker.certification.verification;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.techbroker.certification.registry.CertificateStatus;

/**
 * The two published lists of each status list id, by their W3C {@code statusPurpose}: a bit is set
 * in the revocation list for a certificate that is no longer valid for good (revoked, or
 * superseded by a re-issue or a renewal, whose old file must not pass for current) and in the
 * suspension list for a suspended one.
 */
public enum StatusPurpose {
    REVOCATION(EnumSet.of(CertificateStatus.REVOKED, CertificateStatus.SUPERSEDED)),
    SUSPENSION(EnumSet.of(CertificateStatus.SUSPENDED));

    private final Set<CertificateStatus> marked;

    StatusPurpose(Set<CertificateStatus> marked) {
        this.marked = marked;
    }

    /** The statuses whose certificates have their bit set in this list. */
    public Set<CertificateStatus> marked() {
        return Collections.unmodifiableSet(marked);
    }

    /** The W3C statusPurpose value: {@code revocation} or {@code suspension}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StatusPurpose> of(String value) {
        return Arrays.stream(values()).filter(p -> p.value().equals(value)).findFirst();
    }
}

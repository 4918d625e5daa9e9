package org.techbroker.certification.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.certification.registry.CertificateStatus.ACTIVE;
import static org.techbroker.certification.registry.CertificateStatus.EXPIRED;
import static org.techbroker.certification.registry.CertificateStatus.REVOKED;
import static org.techbroker.certification.registry.CertificateStatus.SUPERSEDED;
import static org.techbroker.certification.registry.CertificateStatus.SUSPENDED;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateStatusTest {

    @Test
    void allowsExactlyTheDocumentedMoves() {
        assertThat(allowedFrom(ACTIVE)).containsExactlyInAnyOrder(SUSPENDED, REVOKED, EXPIRED, SUPERSEDED);
        assertThat(allowedFrom(SUSPENDED)).containsExactlyInAnyOrder(ACTIVE, REVOKED);
        assertThat(allowedFrom(EXPIRED)).containsExactlyInAnyOrder(REVOKED, SUPERSEDED);
        assertThat(allowedFrom(REVOKED)).isEmpty();
        assertThat(allowedFrom(SUPERSEDED)).isEmpty();
    }

    @Test
    void revokedAndSupersededAreFinal() {
        assertThat(EnumSet.allOf(CertificateStatus.class).stream().filter(CertificateStatus::isFinal))
                .containsExactlyInAnyOrder(REVOKED, SUPERSEDED);
    }

    private static Set<CertificateStatus> allowedFrom(CertificateStatus from) {
        Set<CertificateStatus> allowed = EnumSet.noneOf(CertificateStatus.class);
        for (CertificateStatus to : CertificateStatus.values()) {
            if (from.canBecome(to)) {
                allowed.add(to);
            }
        }
        return allowed;
    }
}

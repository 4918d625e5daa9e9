package org.techbroker.certification.verification;

import java.util.List;

/** One page of the enterprises' checks of a certificate, newest first, and how many there are in all. */
public record EnterpriseChecks(long total, List<EnterpriseCheck> checks) {

    public EnterpriseChecks {
        checks = List.copyOf(checks);
    }
}

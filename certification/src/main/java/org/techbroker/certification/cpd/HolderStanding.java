package org.techbroker.certification.cpd;

import java.time.LocalDate;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateStatus;

/**
 * A holder's current certificate and how its cycle stands.
 *
 * @param status the certificate's status today
 * @param renewable whether the holder may renew today (credits met, status and grace allow)
 * @param renewedExpiry the expiry a renewal today would give
 * @param graceEnds the last day on which the certificate may still be renewed
 */
public record HolderStanding(
        Certificate certificate,
        CertificateStatus status,
        CpdCycle cycle,
        CpdStanding standing,
        boolean renewable,
        LocalDate renewedExpiry,
        LocalDate graceEnds) {}

package org.techbroker.certification.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.certification.registry.HolderNames;
import org.techbroker.certification.registry.RegistryEventType;
import org.techbroker.certification.registry.StatusListPlace;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * What anyone may know of a certificate: its status as of today (an expired one reads EXPIRED),
 * level, tracks, holder, dates, the public part of its history (never the reasons nor who acted)
 * and its place in the status lists.
 */
public record PublicCertificate(
        String number,
        CertificateStatus status,
        QualificationLevel level,
        Set<Track> tracks,
        HolderNames holderNames,
        LocalDate issuedOn,
        LocalDate expiresOn,
        List<PublicEvent> history,
        StatusListPlace statusListPlace) {

    /** One event as the public sees it: what happened, on which day, and the note meant for the public. */
    public record PublicEvent(RegistryEventType type, LocalDate date, String publicNote) {}
}

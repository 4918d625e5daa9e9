package org.techbroker.certification.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.certification.registry.HolderNames;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * What an enterprise reads about a broker: names, every certificate with its status as of today,
 * the exams passed and when, and the disclosures with the broker's comments.
 */
public record BrokerProfile(
        AccountId holder,
        HolderNames names,
        List<HeldCertificate> certificates,
        List<PassedExam> exams,
        List<Disclosure> disclosures) {

    /** A certificate on the profile. */
    public record HeldCertificate(
            String number,
            QualificationLevel level,
            Set<Track> tracks,
            CertificateStatus status,
            LocalDate issuedOn,
            LocalDate expiresOn) {}

    /** An exam the broker passed, dated by the release of its results. */
    public record PassedExam(BilingualText sitting, QualificationLevel level, LocalDate passedOn) {}
}

package org.techbroker.certification.registry;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.QualificationLevel;

/** What a certificate's PDF says: everything printed on it, and where its QR code points. */
public record CertificateContent(
        String number,
        QualificationLevel level,
        Set<Track> tracks,
        HolderNames names,
        LocalDate issuedOn,
        LocalDate expiresOn,
        URI verificationUrl) {}

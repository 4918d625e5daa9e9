package org.techbroker.certification.verification;

import java.time.LocalDate;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.courses.shared.QualificationLevel;

/** The entries and results of a bulk check. */
public final class BulkCheck {

    private BulkCheck() {}

    /** A number to check, as the enterprise sent it, and optionally the name they know the holder by. */
    public record Entry(String number, String holderName) {}

    /**
     * What the registry says about one entry.
     *
     * @param number the number as sent
     * @param validFormat whether it is a well-formed number with the right check digit
     * @param found whether the registry holds it
     * @param status the status as of today; null when not found
     * @param level null when not found
     * @param expiresOn null when not found
     * @param nameMatches whether the name given is the holder's; null when no name was given or the
     *     certificate was not found
     */
    public record Result(
            String number,
            boolean validFormat,
            boolean found,
            CertificateStatus status,
            QualificationLevel level,
            LocalDate expiresOn,
            Boolean nameMatches) {}
}

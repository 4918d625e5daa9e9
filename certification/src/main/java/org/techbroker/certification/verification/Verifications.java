package org.techbroker.certification.verification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.courses.shared.AccountId;

/**
 * Checking certificates: one at a time by anyone, many at once by enterprises. Every check of a
 * certificate that exists is logged ({@link VerificationLog}); holders see which enterprises
 * checked theirs.
 */
public interface Verifications {

    /**
     * The public view of the certificate, logging the check; empty when the registry holds no such
     * number. No argument may be null. Deliberately without constraint annotations: they would put
     * a validation interceptor on the verification API's hot path, and its callers pass a parsed
     * number.
     */
    Optional<PublicCertificate> lookup(CertificateNumber number, Verifier verifier, VerificationChannel channel);

    /**
     * Checks many numbers at once (at most techbroker.verification.bulk-max, else INVALID
     * "verification.error.too_many"), in one query, logging each certificate found. Results
     * come in the order of the entries.
     */
    List<BulkCheck.Result> check(@NotNull List<BulkCheck.Entry> entries, @NotNull Verifier verifier);

    /**
     * One page of the enterprises' checks of one of the holder's certificates, newest first, from
     * the first-th, at most size of them; NOT_FOUND "verification.error.not_found" when the number
     * is not the holder's.
     */
    EnterpriseChecks checksOf(
            @NotNull AccountId holder, @NotNull CertificateNumber number, @Min(0) int first, @Min(1) int size);
}

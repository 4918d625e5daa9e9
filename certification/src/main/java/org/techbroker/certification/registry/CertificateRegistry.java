package org.techbroker.certification.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The registry's use cases: reading certificates and their history, the administrators' status
 * changes (always with a reason), issuing on approval, and checking the history's hash chain and
 * uploaded files.
 */
public interface CertificateRegistry {

    Optional<Certificate> find(@NotNull CertificateNumber number);

    /** The certificates of many numbers at once; unknown ones are absent from the result. */
    List<Certificate> findAll(@NotNull List<CertificateNumber> numbers);

    /** The holder's certificates, newest first. */
    List<Certificate> certificatesOf(@NotNull AccountId holder);

    /** The signed PDF of one of the holder's certificates; not found for anyone else's. */
    byte[] document(@NotNull AccountId holder, @NotNull CertificateNumber number);

    /** The certificate's events, oldest first. */
    List<RegistryEvent> history(@NotNull CertificateNumber number);

    /** Certificates whose number or holder name contains the text, newest first. */
    List<Certificate> search(@NotNull String text);

    Certificate suspend(
            @NotNull CertificateNumber number,
            @NotNull AccountId by,
            @NotBlank @Size(max = RegistryEvent.REASON_MAX) String reason,
            @Size(max = RegistryEvent.PUBLIC_NOTE_MAX) String publicNote);

    Certificate reinstate(
            @NotNull CertificateNumber number,
            @NotNull AccountId by,
            @NotBlank @Size(max = RegistryEvent.REASON_MAX) String reason,
            @Size(max = RegistryEvent.PUBLIC_NOTE_MAX) String publicNote);

    Certificate revoke(
            @NotNull CertificateNumber number,
            @NotNull AccountId by,
            @NotBlank @Size(max = RegistryEvent.REASON_MAX) String reason,
            @Size(max = RegistryEvent.PUBLIC_NOTE_MAX) String publicNote);

    /**
     * Issues a new certificate in place of the old one (the holder's current names, the same
     * level, tracks and expiry) and marks the old one superseded: for a change of name or a
     * damaged document. Returns the new certificate.
     */
    Certificate reissue(
            @NotNull CertificateNumber number,
            @NotNull AccountId by,
            @NotBlank @Size(max = RegistryEvent.REASON_MAX) String reason,
            @Size(max = RegistryEvent.PUBLIC_NOTE_MAX) String publicNote);

    /**
     * Renews one of the holder's certificates, active or expired: issues a new certificate (the
     * holder's current names, the same level and tracks) valid until {@code expiresOn}, which
     * supersedes the old one, with the holder recorded as the one who asked. Whether the holder has
     * earned it (CPD credits, grace after expiry) is for the caller to decide; the registry refuses
     * a certificate that is suspended, revoked or superseded, and answers not found for anyone
     * else's. Returns the new certificate.
     */
    Certificate renew(@NotNull CertificateNumber number, @NotNull AccountId holder, @NotNull LocalDate expiresOn);

    /**
     * An administrator's direct issuance of a certificate to a person (a qualification recognised
     * outside the exams here, or a certificate carried over from a paper register), with the
     * reason recorded in the history. Passed exams issue through the results instead.
     */
    Certificate issue(
            @NotNull AccountId holder,
            @NotNull QualificationLevel level,
            @NotNull Set<Track> tracks,
            @NotNull AccountId by,
            @NotBlank @Size(max = RegistryEvent.REASON_MAX) String reason);

    /** Records the expiry of every certificate past its date; returns how many. */
    int expireDue();

    /** Passes that wait for an administrator's approval. */
    List<IssuanceRequest> pendingRequests();

    Certificate approve(long requestId, @NotNull AccountId by);

    IssuanceRequest reject(
            long requestId, @NotNull AccountId by, @NotBlank @Size(max = RegistryEvent.REASON_MAX) String reason);

    /** Walks the whole history's hash chain. */
    RegistryChain.ChainCheck checkChain();

    /** Whether the file is exactly one the registry issued, and whether its signature holds. */
    DocumentCheck checkDocument(@NotNull byte[] pdf);

    /**
     * What an uploaded file turned out to be.
     *
     * @param certificate the certificate whose issued file has exactly these bytes, if any
     * @param signature what the signature check found
     */
    record DocumentCheck(Optional<Certificate> certificate, CertificateDocuments.SignatureCheck signature) {

        /**
         * The file is byte for byte one the registry issued, and its signature holds over the
         * whole file. The signing key is not compared with today's: a file signed before the key
         * was renewed (or by another server's demonstration key) is still the file issued.
         */
        public boolean genuine() {
            return certificate.isPresent() && signature.signed() && signature.intact() && signature.wholeDocument();
        }
    }
}

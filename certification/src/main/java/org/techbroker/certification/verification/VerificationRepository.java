package org.techbroker.certification.verification;

import java.util.List;
import java.util.Optional;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.certification.registry.RegistryEvent;

/** The reads verification needs from the registry, shaped for its hot paths, and the log. */
public interface VerificationRepository {

    /**
     * The certificate and its events, oldest first, in one query: a number that names nothing
     * takes the same path as one that names a certificate.
     */
    Optional<CertificateWithHistory> certificateWithHistory(String number);

    /** The sequence number of the registry's last event (0 for an empty registry). */
    long lastEventSequence();

    /** The certificate numbers of the events after this sequence number, with the last one read. */
    ChangesSince changesSince(long sequence);

    /** The status-list indexes, in the list, of the certificates recorded with one of the statuses. */
    List<Integer> indexesWithStatus(long statusListId, java.util.Set<CertificateStatus> statuses);

    /** The bit length of the status list, if it exists. */
    Optional<Integer> statusListLength(long statusListId);

    /** Writes the rows in a transaction of their own, or joins the caller's. */
    void addAll(List<VerificationRecord> records);

    /** The rows of a certificate's checks made by enterprises, newest first: from the first-th, at most size. */
    List<VerificationRecord> enterpriseChecksOf(long certificateId, int first, int size);

    /** How many rows of checks made by enterprises the certificate has. */
    long countEnterpriseChecks(long certificateId);

    /** Numbers of certificates that changed, and the sequence number up to which they were read. */
    record ChangesSince(java.util.Set<String> numbers, long upTo) {}

    /** A certificate and its history. */
    record CertificateWithHistory(Certificate certificate, List<RegistryEvent> events) {}
}

package org.techbroker.certification.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/** Where the registry is kept. Methods that lock say so: they must run in a transaction. */
public interface CertificateRepository {

    void add(Certificate certificate);

    void add(CertificateDocument document);

    void add(RegistryEvent event);

    void add(StatusList list);

    void add(IssuanceRequest request);

    /** Writes pending changes now (generated ids are needed by what follows). */
    void flush();

    Optional<Certificate> find(String number);

    /** Many numbers at once, for bulk verification; unknown numbers are simply absent. */
    List<Certificate> findAll(java.util.Collection<String> numbers);

    Optional<Certificate> findById(long id);

    /** The certificate, its row locked until the transaction ends: status changes take turns. */
    Optional<Certificate> lock(String number);

    /** The holder's certificates, newest first. */
    List<Certificate> heldBy(AccountId holder);

    /** Certificates whose number or holder name contains the text (any case), newest first, at most limit. */
    List<Certificate> search(String text, int limit);

    /** Certificates of these levels issued between the two days (both included), oldest first. */
    List<Certificate> issuedBetween(java.util.Set<QualificationLevel> levels, LocalDate from, LocalDate to);

    /** Active certificates whose expiry date is on or before the day (suspended ones do not expire). */
    List<Certificate> dueToExpire(LocalDate day);

    /** The highest serial given in the year and level, 0 if none. */
    int maxSerial(int year, QualificationLevel level);

    Optional<CertificateDocument> document(long certificateId);

    /** The certificates whose issued file has this SHA-256 (one, unless the registry is broken). */
    Optional<CertificateDocument> documentByHash(String sha256);

    /** The head of the hash chain, locked until the transaction ends: events are appended one at a time. */
    ChainHead lockChainHead();

    ChainHead chainHead();

    /** Every event of the registry in sequence order. */
    List<RegistryEvent> allEvents();

    /** One certificate's events, oldest first. */
    List<RegistryEvent> events(long certificateId);

    /** The newest status list, locked until the transaction ends; empty before the first certificate. */
    Optional<StatusList> lockNewestStatusList();

    Optional<StatusList> findStatusList(long id);

    boolean statusIndexTaken(long listId, int index);

    /** The certificates issued from a passed attempt (the first, its re-issues and renewals), locked. */
    List<Certificate> issuedFromAttempt(long attemptId);

    /** The certificates placed in a list, to draw its bits. */
    List<Certificate> placedIn(long listId);

    Optional<IssuanceRequest> findRequest(long id);

    Optional<IssuanceRequest> requestForAttempt(long attemptId);

    /** Passes waiting for an administrator's approval, oldest first. */
    List<IssuanceRequest> pendingRequests();
}

package org.techbroker.certification.cpd;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.courses.shared.AccountId;

/** Where CPD activities, their evidence and the reminders sent are kept. */
public interface CpdRepository {

    void add(CpdActivity activity);

    void add(CpdEvidence evidence);

    void add(CpdReminder reminder);

    /** Writes pending changes now: a reminder's unique key is checked before its mail goes. */
    void flush();

    Optional<CpdActivity> find(long id);

    /** The activity, its row locked until the transaction ends. */
    Optional<CpdActivity> lock(long id);

    /** The holder's activities, newest first. */
    List<CpdActivity> ofHolder(AccountId holder);

    /** The activities that count towards a certificate, oldest first. */
    List<CpdActivity> ofCertificate(long certificateId);

    /** Activities in the state, oldest first, at most limit. */
    List<CpdActivity> inState(CpdState state, int limit);

    Optional<CpdEvidence> evidence(long activityId);

    /** Whether the course is already credited to the holder towards the certificate (none: null). */
    boolean courseCredited(AccountId holder, String courseCode, Long certificateId);

    /** Active certificates expiring after {@code after} and on or before {@code until}. */
    List<Certificate> activeExpiringBetween(LocalDate after, LocalDate until);

    /** A certificate by its id, for the reminder job. */
    Optional<Certificate> certificate(long id);

    boolean reminderSent(long certificateId, int daysBefore);
}

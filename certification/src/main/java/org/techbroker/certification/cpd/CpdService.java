package org.techbroker.certification.cpd;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.courses.enrolment.CourseCompletion;
import org.techbroker.courses.shared.AccountId;

/**
 * CPD use cases: holders log activities and renew; administrators decide external entries;
 * Techbroker course completions are credited on their own. Failures are {@code
 * CertificationException}s with message keys; a refused request changes nothing.
 */
public interface CpdService {

    /** The tariff in force. */
    CpdTariff tariff();

    /** The holder's activities, newest first. */
    List<CpdActivity> activities(@NotNull AccountId holder);

    /**
     * Logs an external activity against the holder's current certificate. INVALID when the
     * category is not in the tariff, the title is empty or too long, the quantity is not positive,
     * or the day is in the future or before the cycle; CONFLICT when the holder has no current
     * certificate. A configured share of entries is drawn for audit.
     */
    CpdActivity log(@NotNull AccountId holder, @NotNull CpdEntry entry);

    /**
     * Logs an external activity and, when a file is given, its evidence, in one go: when either is
     * refused, nothing is stored.
     */
    CpdActivity log(@NotNull AccountId holder, @NotNull CpdEntry entry, String fileName, InputStream evidence);

    /**
     * Attaches (or replaces) the evidence of one of the holder's pending entries: a PDF, PNG or
     * JPEG file whose content is what its name says, at most the configured size.
     */
    CpdActivity attachEvidence(
            @NotNull AccountId holder, long activityId, String fileName, @NotNull InputStream content);

    /** An activity's evidence file, for the holder themselves (others: not found). */
    EvidenceFile evidence(@NotNull AccountId holder, long activityId);

    /** An activity's evidence file, for a reviewer. */
    EvidenceFile evidenceForReview(long activityId);

    /** The holder's current certificate and its cycle's standing; empty without one. */
    Optional<HolderStanding> standing(@NotNull AccountId holder);

    /**
     * Renews one of the holder's certificates: CONFLICT when its cycle lacks credits, when it is
     * neither active nor expired within the grace, or when it has been renewed already.
     */
    Certificate renew(@NotNull AccountId holder, @NotNull CertificateNumber number);

    /** Activities in the state, oldest first: the administrators' queue. */
    List<CpdActivity> inState(@NotNull CpdState state);

    CpdActivity approve(long activityId, @NotNull AccountId by);

    CpdActivity reject(
            long activityId, @NotNull AccountId by, @NotNull @Size(max = CpdActivity.REASON_MAX) String reason);

    /**
     * Credits a completed course as an approved COURSE activity with the course's credit hours:
     * towards the person's current certificate, or, without one, against the person alone (shown in
     * their list, counting towards no cycle). Crediting the same course twice for the same
     * certificate does nothing.
     */
    void credit(@NotNull CourseCompletion completion);

    /** An evidence file as uploaded. */
    record EvidenceFile(String fileName, String contentType, byte[] content) {}
}

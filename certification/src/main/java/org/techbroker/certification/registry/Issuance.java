package org.techbroker.certification.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.techbroker.certification.exam.ExamRepository;
import org.techbroker.certification.exam.ResultPassed;
import org.techbroker.certification.exam.ResultWithdrawn;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.enrolment.EnrolmentService;
import org.techbroker.courses.shared.AccountId;

/**
 * Turns a passed result into a certificate. It runs in the transaction that made the result known
 * (the release, or a final essay mark after it), so the result and its certificate are stored
 * together or not at all. A level's requirements are the sitting's required courses, completed,
 * and the passed attempt (objective part and essays). The certificate's tracks are those of the
 * required courses.
 */
@ApplicationScoped
public class Issuance {

    /** The reason recorded on certificates issued from a result; pages show it in the reader's language. */
    static final String PASSED_REASON = "registry.reason.passed";

    static final String COURSES_MISSING_REASON = "registry.reason.courses_missing";

    static final String WITHDRAWN_REASON = "registry.reason.result_withdrawn";

    @Inject
    CertificateRepository certificates;

    @Inject
    Issuer issuer;

    @Inject
    RegistrySettings settings;

    @Inject
    HolderDirectory holders;

    @Inject
    ExamRepository exams;

    @Inject
    EnrolmentService enrolments;

    @Inject
    CatalogService catalog;

    void onPass(@Observes ResultPassed pass) {
        Optional<IssuanceRequest> earlier = certificates.requestForAttempt(pass.attemptId());
        IssuanceRequest request;
        if (earlier.isEmpty()) {
            request = new IssuanceRequest(
                    pass.attemptId(), pass.sittingId(), pass.candidate(), pass.level(), pass.passedAt());
            certificates.add(request);
            certificates.flush();
        } else if (earlier.get().state() == IssuanceState.WITHDRAWN) {
            // Withdrawn, and now a pass again (a later re-mark): it goes the way of a new pass.
            request = earlier.get();
            request.reopen();
        } else {
            return;
        }
        Sitting sitting = exams.findSitting(pass.sittingId()).orElseThrow();
        List<CourseCode> required = sitting.requiredCourses().stream().toList();
        boolean coursesDone = required.stream()
                .allMatch(code -> enrolments.completion(pass.candidate(), code).isPresent());
        if (!coursesDone || holders.names(pass.candidate()).isEmpty()) {
            // Neither can happen through registration (which checks the courses and needs an
            // account); the request stays pending, visible to administrators, and the release goes on.
            return;
        }
        if (!settings.approvalRequired()) {
            issue(request, null);
        }
    }

    /**
     * Withdraws what a pass gave once the result is no longer a pass: the request is marked
     * withdrawn (waiting for approval or issued), and the certificates issued from it (the first and any re-issue or
     * renewal) are revoked unless already revoked or superseded. The holder keeps nothing the
     * result no longer supports; the history records why.
     */
    void onWithdrawal(@Observes ResultWithdrawn withdrawal) {
        Optional<IssuanceRequest> request = certificates.requestForAttempt(withdrawal.attemptId());
        if (request.isEmpty()) {
            return;
        }
        ChainHead head = issuer.lockHead();
        request.get().withdrawn(issuer.now(), WITHDRAWN_REASON);
        for (Certificate certificate : certificates.issuedFromAttempt(withdrawal.attemptId())) {
            if (certificate.recordedStatus().canBecome(CertificateStatus.REVOKED)) {
                issuer.record(
                        head,
                        certificate,
                        RegistryEventType.REVOKED,
                        CertificateStatus.REVOKED,
                        null,
                        WITHDRAWN_REASON,
                        null);
            }
        }
    }

    /** Issues the certificate a pending request asks for; by is the approving administrator, or null. */
    Certificate issue(IssuanceRequest request, AccountId by) {
        Sitting sitting = exams.findSitting(request.sittingId()).orElseThrow();
        ChainHead head = issuer.lockHead();
        Certificate certificate = issuer.issue(
                head,
                request.candidate(),
                request.level(),
                tracks(sitting.requiredCourses().stream().toList()),
                request.attemptId(),
                null,
                null,
                by,
                PASSED_REASON,
                null);
        request.issued(certificate, by, issuer.now());
        return certificate;
    }

    private Set<Track> tracks(List<CourseCode> courses) {
        Set<Track> tracks = EnumSet.noneOf(Track.class);
        courses.forEach(code -> catalog.find(code).ifPresent(course -> tracks.addAll(course.tracks())));
        return tracks;
    }
}

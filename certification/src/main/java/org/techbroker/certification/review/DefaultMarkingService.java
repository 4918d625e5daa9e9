package org.techbroker.certification.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.exam.RubricCriterion;
import org.techbroker.certification.review.agreement.AgreementReport;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The examiner's use cases. Every change to a script's markings happens under the script's row
 * lock, taken before any marking is read: the second marker's submission sees the first one's,
 * and two saves of one marking take turns, the second refused when the version it read is gone.
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultMarkingService implements MarkingService {

    @Inject
    ReviewRepository reviews;

    @Inject
    AssignmentViews views;

    @Inject
    Allocator allocator;

    @Inject
    Decisions decisions;

    @Inject
    ReviewHistory history;

    @Inject
    MarkPairs markPairs;

    @Override
    public List<AssignmentSummary> assignments(AccountId examiner) {
        return views.summaries(reviews.markingsHeldBy(examiner));
    }

    @Override
    public AssignmentView assignment(AccountId examiner, long markingId) {
        Marking marking = reviews.findMarking(markingId)
                .filter(m -> m.heldBy(examiner) && m.state() != MarkingState.WITHDRAWN)
                .orElseThrow(() -> notFound(markingId));
        return views.view(marking);
    }

    @Override
    public AssignmentView saveMarks(AccountId examiner, long markingId, MarksInput input) {
        long scriptId = reviews.scriptIdOfMarking(markingId).orElseThrow(() -> notFound(markingId));
        reviews.lockScript(scriptId);
        Marking marking =
                reviews.lockMarking(markingId).filter(m -> m.heldBy(examiner)).orElseThrow(() -> notFound(markingId));
        if (marking.state() == MarkingState.WITHDRAWN) {
            throw new CertificationException(Kind.CONFLICT, "review.error.assignment_reassigned");
        }
        if (marking.submitted()) {
            throw new CertificationException(Kind.CONFLICT, "review.error.already_submitted");
        }
        if (marking.version() != input.expectedVersion()) {
            throw new CertificationException(Kind.CONFLICT, "review.error.marking_changed");
        }
        if (views.waitsForCalibration(marking)) {
            throw new CertificationException(Kind.CONFLICT, "review.error.calibration_first");
        }
        List<CriterionMark> marks = checkedMarks(marking, input);
        marking.save(marks, input.overallFeedback(), input.reason(), history.now());
        if (input.submit()) {
            decisions.submit(marking, examiner);
        }
        reviews.flush();
        return views.view(marking);
    }

    /** The marks in rubric order, each within its criterion's range; complete when submitting. */
    static List<CriterionMark> checkedMarks(Marking marking, MarksInput input) {
        checkLength(input.overallFeedback(), Marking.MAX_FEEDBACK_LENGTH, "review.error.feedback_too_long");
        checkLength(input.reason(), Marking.MAX_FEEDBACK_LENGTH, "review.error.reason_too_long");
        List<RubricCriterion> rubric = marking.script().prompt().rubric();
        Map<Long, CriterionMark> given = new HashMap<>();
        for (CriterionMark mark : input.criteria()) {
            boolean known = rubric.stream().anyMatch(c -> c.id() == mark.criterionId());
            if (!known) {
                throw new CertificationException(Kind.INVALID, "review.error.unknown_criterion", mark.criterionId());
            }
            if (given.put(mark.criterionId(), mark) != null) {
                throw new CertificationException(Kind.INVALID, "review.error.criterion_twice", mark.criterionId());
            }
        }
        List<CriterionMark> ordered = new ArrayList<>();
        for (int i = 0; i < rubric.size(); i++) {
            RubricCriterion criterion = rubric.get(i);
            CriterionMark mark = given.get(criterion.id());
            Optional<BigDecimal> points = mark == null ? Optional.empty() : mark.points();
            if (points.isPresent() && !withinRange(points.get(), criterion.points())) {
                throw new CertificationException(
                        Kind.INVALID, "review.error.points_out_of_range", i + 1, criterion.points());
            }
            if (mark != null) {
                checkLength(
                        mark.feedback().orElse(null),
                        CriterionMark.MAX_FEEDBACK_LENGTH,
                        "review.error.feedback_too_long");
            }
            if (input.submit() && points.isEmpty()) {
                throw new CertificationException(Kind.INVALID, "review.error.criterion_unmarked", i + 1);
            }
            ordered.add(new CriterionMark(
                    criterion.id(),
                    points.orElse(null),
                    mark == null ? null : mark.feedback().orElse(null)));
        }
        boolean reasonMissing = input.reason() == null || input.reason().isBlank();
        if (input.submit() && marking.role().decides() && reasonMissing) {
            throw new CertificationException(Kind.INVALID, "review.error.reason_required");
        }
        return ordered;
    }

    /** Whole points from 0 to the criterion's maximum: agreement statistics count in points. */
    private static boolean withinRange(BigDecimal points, int max) {
        return points.signum() >= 0
                && points.compareTo(BigDecimal.valueOf(max)) <= 0
                && points.stripTrailingZeros().scale() <= 0;
    }

    private static void checkLength(String text, int max, String key) {
        if (text != null && text.length() > max) {
            throw new CertificationException(Kind.INVALID, key, max);
        }
    }

    @Override
    public AgreementReport statistics(AccountId examiner, long sittingId) {
        AgreementReport report = markPairs.report(sittingId);
        return new AgreementReport(
                report.sitting(),
                report.examiners().stream()
                        .filter(e -> e.examiner() == examiner.value())
                        .toList());
    }

    @Override
    public List<ConflictDeclaration> conflicts(AccountId examiner) {
        return reviews.conflicts(examiner);
    }

    @Override
    public ConflictDeclaration declareOrganisation(AccountId examiner, String organisation) {
        if (organisation.isBlank()) {
            throw new CertificationException(Kind.INVALID, "review.error.organisation_required");
        }
        if (organisation.strip().length() > ConflictDeclaration.MAX_ORGANISATION_LENGTH) {
            throw new CertificationException(
                    Kind.INVALID, "review.error.organisation_too_long", ConflictDeclaration.MAX_ORGANISATION_LENGTH);
        }
        String wanted = ConflictDeclaration.normalised(organisation);
        boolean declared = reviews.conflicts(examiner).stream().anyMatch(c -> c.organisation()
                .map(ConflictDeclaration::normalised)
                .filter(wanted::equals)
                .isPresent());
        if (declared) {
            throw new CertificationException(Kind.CONFLICT, "review.error.conflict_already_declared");
        }
        ConflictDeclaration declaration = ConflictDeclaration.organisation(examiner, organisation, history.now());
        return declare(examiner, declaration);
    }

    @Override
    public ConflictDeclaration declareCandidate(AccountId examiner, AccountId candidate) {
        if (examiner.equals(candidate)) {
            throw new CertificationException(Kind.INVALID, "review.error.conflict_self");
        }
        boolean declared = reviews.conflicts(examiner).stream()
                .anyMatch(c -> c.candidate().filter(candidate::equals).isPresent());
        if (declared) {
            throw new CertificationException(Kind.CONFLICT, "review.error.conflict_already_declared");
        }
        return declare(examiner, ConflictDeclaration.candidate(examiner, candidate, history.now()));
    }

    /** Records the declaration and passes on the examiner's open markings it now covers. */
    private ConflictDeclaration declare(AccountId examiner, ConflictDeclaration declaration) {
        reviews.add(declaration);
        for (Marking marking : reviews.markingsHeldBy(examiner)) {
            Script script = marking.script();
            if (!marking.open() || script.candidate().isEmpty()) {
                continue;
            }
            AccountId candidate = script.candidate().get();
            if (declaration.covers(candidate, allocator.organisationOf(candidate))) {
                reviews.lockScript(script.id());
                allocator.reassign(marking, null, examiner);
            }
        }
        return declaration;
    }

    @Override
    public void withdrawConflict(AccountId examiner, long declarationId) {
        ConflictDeclaration declaration = reviews.conflicts(examiner).stream()
                .filter(c -> c.id() == declarationId)
                .findFirst()
                .orElseThrow(() -> new CertificationException(Kind.NOT_FOUND, "review.error.conflict_not_found"));
        reviews.remove(declaration);
    }

    private static CertificationException notFound(long markingId) {
        return new CertificationException(Kind.NOT_FOUND, "review.error.assignment_not_found", markingId);
    }
}

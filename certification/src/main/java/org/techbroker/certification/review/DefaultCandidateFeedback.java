package org.techbroker.certification.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.exam.Attempt;
import org.techbroker.certification.exam.ExamRepository;
import org.techbroker.certification.exam.RubricCriterion;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * Feedback and appeals for candidates. The final points of a criterion follow the final mark's
 * basis: the mean of the two markers' points, or the deciding chief examiner's; every comment is
 * shown without its author.
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultCandidateFeedback implements CandidateFeedback {

    @Inject
    ExamRepository exams;

    @Inject
    ReviewRepository reviews;

    @Inject
    ReviewSettings settings;

    @Inject
    Allocator allocator;

    @Inject
    ReviewHistory history;

    @Override
    public List<EssayFeedback> feedback(AccountId candidate, long attemptId) {
        Attempt attempt = ownAttempt(candidate, attemptId);
        Sitting sitting = attempt.registration().sitting();
        if (!sitting.resultsReleased()) {
            return List.of();
        }
        return reviews.liveScriptsOfAttempt(attemptId).stream()
                .map(script -> feedback(script, sitting))
                .toList();
    }

    @Override
    public EssayFeedback appeal(AccountId candidate, long attemptId, long itemId, String reason) {
        Attempt attempt = ownAttempt(candidate, attemptId);
        Sitting sitting = attempt.registration().sitting();
        Script found = reviews.liveScriptsOfAttempt(attemptId).stream()
                .filter(s -> s.prompt().id() == itemId)
                .findFirst()
                .orElseThrow(() -> new CertificationException(Kind.NOT_FOUND, "review.error.essay_not_found"));
        Script script = reviews.lockScript(found.id()).orElseThrow();
        if (reason.isBlank()) {
            throw new CertificationException(Kind.INVALID, "review.error.appeal_reason_required");
        }
        if (reason.strip().length() > Appeal.MAX_REASON_LENGTH) {
            throw new CertificationException(Kind.INVALID, "review.error.reason_too_long", Appeal.MAX_REASON_LENGTH);
        }
        Instant now = history.now();
        Instant until = appealUntil(sitting, script);
        if (until == null) {
            throw new CertificationException(Kind.CONFLICT, "review.error.appeal_before_release");
        }
        if (now.isAfter(until)) {
            throw new CertificationException(Kind.CONFLICT, "review.error.appeal_period_over");
        }
        if (reviews.findAppeal(script).isPresent()) {
            throw new CertificationException(Kind.CONFLICT, "review.error.appeal_exists");
        }
        if (script.state() != ScriptState.FINAL || script.finalBasis().orElse(null) == FinalBasis.BLANK) {
            throw new CertificationException(Kind.CONFLICT, "review.error.appeal_not_open");
        }
        Appeal appeal = new Appeal(script, candidate, reason, now);
        reviews.add(appeal);
        script.openAppeal();
        // The history names no candidate: chief examiners read it; the appeal knows who lodged it.
        history.record(
                script,
                null,
                ReviewEventKind.APPEAL_LODGED,
                null,
                script.finalPoints().orElse(null),
                null);
        allocator.allocate(script, MarkingRole.APPEAL, 1);
        return feedback(script, sitting);
    }

    private Attempt ownAttempt(AccountId candidate, long attemptId) {
        return exams.findAttempt(attemptId)
                .filter(a -> a.account().equals(candidate))
                .orElseThrow(() -> new CertificationException(Kind.NOT_FOUND, "review.error.essay_not_found"));
    }

    /**
     * The appeal period runs from the release, or from the final mark when it came later (a
     * script adjudicated after the release still gets the whole period).
     */
    private Instant appealUntil(Sitting sitting, Script script) {
        return sitting.resultsReleasedAt()
                .map(released -> script.finalisedAt()
                        .filter(finalised -> finalised.isAfter(released))
                        .orElse(released))
                .map(start -> start.plus(Duration.ofDays(settings.appealDays())))
                .orElse(null);
    }

    private EssayFeedback feedback(Script script, Sitting sitting) {
        List<Marking> markings =
                reviews.markings(script).stream().filter(Marking::submitted).toList();
        List<Marking> markers =
                markings.stream().filter(m -> m.role() == MarkingRole.MARKER).toList();
        Optional<Marking> decider =
                markings.stream().filter(m -> m.role().decides()).reduce((earlier, later) -> later);
        boolean underReview = script.state() != ScriptState.FINAL;
        List<EssayFeedback.CriterionFeedback> criteria = new ArrayList<>();
        for (RubricCriterion criterion : script.prompt().rubric()) {
            BigDecimal points = underReview ? null : criterionPoints(script, criterion, markers, decider);
            List<String> comments = new ArrayList<>();
            for (Marking marking : markings) {
                if (marking.role() == MarkingRole.MARKER || marking.role().decides()) {
                    marking.criterion(criterion.id())
                            .flatMap(CriterionMark::feedback)
                            .ifPresent(comments::add);
                }
            }
            criteria.add(new EssayFeedback.CriterionFeedback(criterion, points, comments));
        }
        List<String> overall = markings.stream()
                .filter(m -> m.role() == MarkingRole.MARKER || m.role().decides())
                .flatMap(m -> m.overallFeedback().stream())
                .toList();
        Instant until = appealUntil(sitting, script);
        Optional<Appeal> appeal = reviews.findAppeal(script);
        boolean appealable = appeal.isEmpty()
                && script.state() == ScriptState.FINAL
                && script.finalBasis().orElse(null) != FinalBasis.BLANK
                && until != null
                && !history.now().isAfter(until);
        return new EssayFeedback(
                script.prompt().id(),
                script.prompt().stem(),
                script.maxPoints(),
                underReview ? null : script.finalPoints().orElse(null),
                script.finalBasis().orElse(null),
                underReview,
                criteria,
                overall,
                until,
                appealable,
                appeal.map(a -> new EssayFeedback.AppealStatus(
                                a.state(),
                                a.reason(),
                                a.lodgedAt(),
                                a.pointsBefore(),
                                a.pointsAfter().orElse(null)))
                        .orElse(null));
    }

    private static BigDecimal criterionPoints(
            Script script, RubricCriterion criterion, List<Marking> markers, Optional<Marking> decider) {
        FinalBasis basis = script.finalBasis().orElse(FinalBasis.BLANK);
        if (basis == FinalBasis.BLANK) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (decider.isPresent() && basis != FinalBasis.MEAN) {
            return pointsOf(decider.get(), criterion);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Marking marker : markers) {
            sum = sum.add(pointsOf(marker, criterion));
        }
        return markers.isEmpty() ? null : sum.divide(BigDecimal.valueOf(markers.size()), 2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal pointsOf(Marking marking, RubricCriterion criterion) {
        return marking.criterion(criterion.id())
                .flatMap(CriterionMark::points)
                .orElse(BigDecimal.ZERO)
                .setScale(2);
    }
}

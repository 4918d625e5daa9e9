package org.techbroker.certification.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.techbroker.certification.CertificationException;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.courses.shared.QualificationLevel;

/** The administrators' exam use cases. */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultExamAdministration implements ExamAdministration {

    static final int TITLE_MAX = 200;

    @Inject
    ExamRepository exams;

    @Inject
    Clock clock;

    @Inject
    Event<ResultPassed> passed;

    @Inject
    Event<ResultWithdrawn> withdrawn;

    @Override
    public List<Blueprint> blueprints() {
        return java.util.Arrays.stream(QualificationLevel.values())
                .flatMap(level -> exams.findBlueprint(level).stream())
                .toList();
    }

    @Override
    public Optional<Blueprint> blueprint(QualificationLevel level) {
        return exams.findBlueprint(level);
    }

    @Override
    public List<FormAssembler.Shortfall> shortfalls(QualificationLevel level, BlueprintTerms terms) {
        List<FormAssembler.PoolItem> pool = exams.drawableVersions(level).stream()
                .map(v -> new FormAssembler.PoolItem(
                        v.id(),
                        v.course().value(),
                        v.difficulty(),
                        v.type(),
                        v.options().stream().map(ItemOption::id).toList()))
                .toList();
        return FormAssembler.shortfalls(terms, pool);
    }

    @Override
    public Blueprint saveBlueprint(QualificationLevel level, BlueprintTerms terms, Long expectedVersion) {
        check(terms);
        List<FormAssembler.Shortfall> shortfalls = shortfalls(level, terms);
        if (!shortfalls.isEmpty()) {
            throw new CertificationException(
                    Kind.INVALID, "exam.error.blueprint_unsatisfiable", DefaultExamService.describe(shortfalls));
        }
        Instant now = ExamTime.now(clock);
        Optional<Blueprint> existing = exams.findBlueprint(level);
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new CertificationException(Kind.CONFLICT, "exam.error.blueprint_changed", level);
            }
            Blueprint blueprint = new Blueprint(level, terms, now);
            exams.add(blueprint);
            return blueprint;
        }
        Blueprint blueprint = existing.get();
        if (expectedVersion == null || expectedVersion != blueprint.version()) {
            throw new CertificationException(Kind.CONFLICT, "exam.error.blueprint_changed", level);
        }
        blueprint.change(terms, now);
        return blueprint;
    }

    private static void check(BlueprintTerms terms) {
        if (terms.durationMinutes() < 1 || terms.durationMinutes() > BlueprintTerms.MAX_DURATION_MINUTES) {
            throw new CertificationException(
                    Kind.INVALID, "exam.error.duration_out_of_range", BlueprintTerms.MAX_DURATION_MINUTES);
        }
        if (terms.essayCount() < 0 || terms.essayCount() > BlueprintTerms.MAX_ESSAYS) {
            throw new CertificationException(
                    Kind.INVALID, "exam.error.essay_count_out_of_range", BlueprintTerms.MAX_ESSAYS);
        }
        if (outOfPercent(terms.objectivePassPercent()) || outOfPercent(terms.essayPassPercent())) {
            throw new CertificationException(Kind.INVALID, "exam.error.pass_mark_out_of_range");
        }
        if (terms.cells().stream().anyMatch(c -> c.itemCount() < 0)) {
            throw new CertificationException(Kind.INVALID, "exam.error.cell_count_negative");
        }
        int total = terms.objectiveItemCount();
        if (total > BlueprintTerms.MAX_ITEMS) {
            throw new CertificationException(Kind.INVALID, "exam.error.too_many_items", BlueprintTerms.MAX_ITEMS);
        }
        if (total + terms.essayCount() == 0) {
            throw new CertificationException(Kind.INVALID, "exam.error.blueprint_empty");
        }
        long distinctCells = terms.cells().stream()
                .map(c -> c.course().value() + "/" + c.difficulty())
                .distinct()
                .count();
        if (distinctCells != terms.cells().size()) {
            throw new CertificationException(Kind.INVALID, "exam.error.cell_repeated");
        }
    }

    private static boolean outOfPercent(int value) {
        return value < 0 || value > 100;
    }

    @Override
    public List<Sitting> sittings() {
        return exams.sittings();
    }

    @Override
    public Sitting sitting(long sittingId) {
        return exams.findSitting(sittingId).orElseThrow(() -> ExamErrors.sittingNotFound(sittingId));
    }

    @Override
    public Sitting createSitting(QualificationLevel level, SittingTerms terms) {
        check(terms);
        Blueprint blueprint = exams.findBlueprint(level)
                .orElseThrow(() -> new CertificationException(Kind.CONFLICT, "exam.error.no_blueprint", level));
        List<FormAssembler.Shortfall> shortfalls = shortfalls(level, blueprint.terms());
        if (!shortfalls.isEmpty()) {
            throw new CertificationException(
                    Kind.CONFLICT, "exam.error.blueprint_unsatisfiable", DefaultExamService.describe(shortfalls));
        }
        Sitting sitting = new Sitting(blueprint, terms, ExamTime.now(clock));
        exams.add(sitting);
        return sitting;
    }

    @Override
    public Sitting changeSitting(long sittingId, SittingTerms terms, long expectedVersion) {
        check(terms);
        Sitting sitting = exams.lockSitting(sittingId).orElseThrow(() -> ExamErrors.sittingNotFound(sittingId));
        if (sitting.version() != expectedVersion) {
            throw new CertificationException(Kind.CONFLICT, "exam.error.sitting_changed", ExamErrors.id(sittingId));
        }
        if (terms.capacity() < exams.registrationCount(sittingId)) {
            throw new CertificationException(Kind.CONFLICT, "exam.error.capacity_below_registrations");
        }
        sitting.change(terms);
        return sitting;
    }

    private static void check(SittingTerms terms) {
        checkTitle(terms.title());
        if (!terms.closesAt().isAfter(terms.opensAt())) {
            throw new CertificationException(Kind.INVALID, "exam.error.window_reversed");
        }
        if (terms.capacity() < 1 || terms.capacity() > SittingTerms.MAX_CAPACITY) {
            throw new CertificationException(
                    Kind.INVALID, "exam.error.capacity_out_of_range", SittingTerms.MAX_CAPACITY);
        }
    }

    private static void checkTitle(BilingualText title) {
        for (String text : List.of(title.zh(), title.en())) {
            if (text.isBlank() || text.length() > TITLE_MAX) {
                throw new CertificationException(Kind.INVALID, "exam.error.title_invalid", TITLE_MAX);
            }
        }
    }

    @Override
    public List<RegistrationRow> registrations(long sittingId) {
        sitting(sittingId);
        return exams.registrations(sittingId).stream().map(this::row).toList();
    }

    @Override
    public RegistrationRow grantExtraTime(long sittingId, AccountId candidate, int extraMinutes) {
        if (extraMinutes < 0 || extraMinutes > Registration.MAX_EXTRA_MINUTES) {
            throw new CertificationException(
                    Kind.INVALID, "exam.error.extra_time_out_of_range", Registration.MAX_EXTRA_MINUTES);
        }
        Registration registration =
                exams.lockRegistration(sittingId, candidate).orElseThrow(() -> ExamErrors.notRegistered(sittingId));
        Optional<Attempt> started = exams.findAttempt(registration);
        if (started.isPresent()) {
            Attempt attempt = exams.lockAttempt(started.get().id()).orElseThrow();
            if (attempt.state() == AttemptState.SUBMITTED) {
                throw new CertificationException(
                        Kind.CONFLICT, "exam.error.attempt_submitted", ExamErrors.id(attempt.id()));
            }
            Instant now = ExamTime.now(clock);
            Instant deadline =
                    Attempt.deadline(attempt.startedAt(), registration.sitting().duration(), extraMinutes);
            if (deadline.isBefore(now)) {
                throw new CertificationException(Kind.CONFLICT, "exam.error.extra_time_would_end_attempt");
            }
            registration.grantExtraTime(extraMinutes);
            attempt.recomputeDeadline();
        } else {
            registration.grantExtraTime(extraMinutes);
        }
        return row(registration);
    }

    @Override
    public Sitting releaseResults(long sittingId) {
        Sitting sitting = exams.lockSitting(sittingId).orElseThrow(() -> ExamErrors.sittingNotFound(sittingId));
        if (sitting.resultsReleased()) {
            return sitting;
        }
        boolean running = exams.attempts(sittingId).stream().anyMatch(a -> a.state() == AttemptState.IN_PROGRESS);
        if (running) {
            throw new CertificationException(
                    Kind.CONFLICT, "exam.error.attempts_still_running", ExamErrors.id(sittingId));
        }
        Instant now = ExamTime.now(clock);
        sitting.releaseResults(now);
        exams.attempts(sittingId).stream()
                .filter(a -> a.outcome() == Outcome.PASSED)
                .forEach(a -> passed.fire(new ResultPassed(a.id(), sittingId, a.account(), sitting.level(), now)));
        return sitting;
    }

    @Override
    public void recordEssayPoints(long attemptId, BigDecimal points) {
        Attempt attempt = exams.lockAttempt(attemptId).orElseThrow(() -> ExamErrors.attemptNotFound(attemptId));
        if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(attempt.essayMax())) > 0) {
            throw new CertificationException(Kind.INVALID, "exam.error.essay_points_out_of_range", attempt.essayMax());
        }
        if (attempt.state() != AttemptState.SUBMITTED) {
            throw new CertificationException(Kind.CONFLICT, "exam.error.attempt_running", ExamErrors.id(attemptId));
        }
        Sitting sitting = attempt.registration().sitting();
        Outcome before = attempt.outcome();
        attempt.recordEssayPoints(points, sitting.objectivePassPercent(), sitting.essayPassPercent());
        // Results not yet released pass at the release; a released result that becomes a pass
        // (a late final mark, an appeal) passes now, and one that stops being a pass (an appeal's
        // re-mark) is withdrawn now, with whatever was issued from it.
        if (sitting.resultsReleased() && before != Outcome.PASSED && attempt.outcome() == Outcome.PASSED) {
            passed.fire(new ResultPassed(
                    attempt.id(), sitting.id(), attempt.account(), sitting.level(), ExamTime.now(clock)));
        } else if (sitting.resultsReleased() && before == Outcome.PASSED && attempt.outcome() != Outcome.PASSED) {
            withdrawn.fire(new ResultWithdrawn(attempt.id(), sitting.id(), attempt.account(), ExamTime.now(clock)));
        }
    }

    @Override
    public List<Attempt> attempts(long sittingId) {
        sitting(sittingId);
        List<Attempt> attempts = exams.attempts(sittingId);
        // Touch the forms inside the transaction so that callers can read them afterwards.
        attempts.forEach(a -> a.items().size());
        return attempts;
    }

    @Override
    public List<Answer> answers(Attempt attempt) {
        return exams.answers(attempt);
    }

    private RegistrationRow row(Registration registration) {
        Optional<Attempt> attempt = exams.findAttempt(registration);
        return new RegistrationRow(
                registration.id(),
                registration.account(),
                registration.registeredAt(),
                registration.extraMinutes(),
                attempt.map(Attempt::id).orElse(null),
                attempt.map(Attempt::state).orElse(null),
                attempt.map(Attempt::startedAt).orElse(null),
                attempt.map(Attempt::deadline).orElse(null),
                attempt.flatMap(Attempt::submittedAt).orElse(null),
                attempt.map(Attempt::submittedAutomatically).orElse(false),
                attempt.flatMap(Attempt::objectivePoints).orElse(null),
                attempt.map(Attempt::objectiveMax).orElse(0),
                attempt.flatMap(Attempt::essayPoints).orElse(null),
                attempt.map(Attempt::essayMax).orElse(0),
                attempt.map(Attempt::outcome).orElse(null));
    }
}

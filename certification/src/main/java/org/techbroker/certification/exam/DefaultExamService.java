package org.techbroker.certification.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techbroker.certification.CertificationException;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.enrolment.EnrolmentService;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The trainee's exam use cases. Two rules carry the exam day:
 *
 * <ul>
 *   <li>every save and the submission lock the attempt's row, so a save either lands before the
 *       submission (and is scored) or is refused after it; a candidate who was told "saved" never
 *       loses that answer;
 *   <li>the deadline lives in the database and is checked with the server's clock at each save.
 * </ul>
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultExamService implements ExamService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ExamRepository exams;

    @Inject
    EnrolmentService enrolments;

    @Inject
    Submissions submissions;

    @Inject
    Clock clock;

    @Override
    public List<CandidateSitting> sittings(AccountId account) {
        Instant now = ExamTime.now(clock);
        Map<Long, CandidateSitting> result = new LinkedHashMap<>();
        for (Registration registration : exams.registrations(account)) {
            result.put(registration.sitting().id(), view(registration.sitting(), account, registration, now));
        }
        for (Sitting sitting : exams.sittingsAcceptingRegistrations(now)) {
            result.computeIfAbsent(sitting.id(), id -> view(sitting, account, null, now));
        }
        return List.copyOf(result.values());
    }

    @Override
    public CandidateSitting sitting(AccountId account, long sittingId) {
        Sitting sitting = exams.findSitting(sittingId).orElseThrow(() -> ExamErrors.sittingNotFound(sittingId));
        Registration registration = exams.findRegistration(sittingId, account).orElse(null);
        Instant now = ExamTime.now(clock);
        if (registration == null && !sitting.acceptsRegistrationsAt(now)) {
            throw ExamErrors.sittingNotFound(sittingId);
        }
        return view(sitting, account, registration, now);
    }

    @Override
    public CandidateSitting register(AccountId account, long sittingId) {
        Instant now = ExamTime.now(clock);
        Sitting sitting = exams.lockSitting(sittingId).orElseThrow(() -> ExamErrors.sittingNotFound(sittingId));
        var existing = exams.findRegistration(sittingId, account);
        if (existing.isPresent()) {
            return view(sitting, account, existing.get(), now);
        }
        if (!sitting.acceptsRegistrationsAt(now)) {
            throw new CertificationException(Kind.CONFLICT, "exam.error.registration_closed", ExamErrors.id(sittingId));
        }
        List<CourseCode> missing = missingCourses(sitting, account);
        if (!missing.isEmpty()) {
            throw new CertificationException(
                    Kind.CONFLICT,
                    "exam.error.not_eligible",
                    String.join(", ", missing.stream().map(CourseCode::value).toList()));
        }
        // The sitting's row is locked: no concurrent registration can take the last place too.
        if (exams.registrationCount(sittingId) >= sitting.capacity()) {
            throw new CertificationException(Kind.CONFLICT, "exam.error.sitting_full", ExamErrors.id(sittingId));
        }
        Registration registration = new Registration(sitting, account, now);
        exams.add(registration);
        return view(sitting, account, registration, now);
    }

    @Override
    public AttemptStart start(AccountId account, long sittingId) {
        Instant now = ExamTime.now(clock);
        Registration registration =
                exams.lockRegistration(sittingId, account).orElseThrow(() -> ExamErrors.notRegistered(sittingId));
        var existing = exams.findAttempt(registration);
        if (existing.isPresent()) {
            Attempt attempt = existing.get();
            return new AttemptStart(attempt.id(), attempt.deadline(), now, true, attempt.state());
        }
        Sitting sitting = registration.sitting();
        if (!sitting.isOpenAt(now)) {
            throw new CertificationException(
                    Kind.CONFLICT,
                    now.isBefore(sitting.opensAt()) ? "exam.error.sitting_not_open_yet" : "exam.error.sitting_closed",
                    ExamErrors.id(sittingId));
        }
        BlueprintTerms terms = sitting.formTerms();
        List<ItemVersion> drawable = exams.drawableVersions(sitting.level());
        List<FormAssembler.PoolItem> pool = drawable.stream()
                .map(v -> new FormAssembler.PoolItem(
                        v.id(),
                        v.course().value(),
                        v.difficulty(),
                        v.type(),
                        v.options().stream().map(ItemOption::id).toList()))
                .toList();
        List<FormAssembler.Shortfall> shortfalls = FormAssembler.shortfalls(terms, pool);
        if (!shortfalls.isEmpty()) {
            throw new CertificationException(Kind.CONFLICT, "exam.error.blueprint_unsatisfiable", describe(shortfalls));
        }
        Map<Long, ItemVersion> byId = new HashMap<>();
        drawable.forEach(v -> byId.put(v.id(), v));
        Attempt attempt = new Attempt(registration, now);
        List<Long> shown = new ArrayList<>();
        for (FormAssembler.FormEntry entry : FormAssembler.assemble(terms, pool, RANDOM)) {
            attempt.add(byId.get(entry.versionId()), entry.optionOrder());
            shown.add(entry.versionId());
        }
        exams.add(attempt);
        exams.markSeen(shown);
        return new AttemptStart(attempt.id(), attempt.deadline(), now, false, attempt.state());
    }

    @Override
    public AttemptView attempt(AccountId account, long attemptId) {
        Attempt attempt = owned(exams.findAttempt(attemptId), account, attemptId);
        Sitting sitting = attempt.registration().sitting();
        Map<Long, AttemptView.SavedAnswer> answers = new HashMap<>();
        for (Answer answer : exams.answers(attempt)) {
            answers.put(
                    answer.attemptItem().itemVersion().id(),
                    new AttemptView.SavedAnswer(answer.input(), answer.savedAt(), answer.revision()));
        }
        List<AttemptView.Item> items =
                attempt.items().stream().map(DefaultExamService::shown).toList();
        return new AttemptView(
                attempt.id(),
                sitting.id(),
                sitting.title(),
                attempt.state(),
                attempt.startedAt(),
                attempt.deadline(),
                ExamTime.now(clock),
                attempt.submittedAt().orElse(null),
                items,
                answers,
                sitting.resultsReleased() && attempt.state() == AttemptState.SUBMITTED
                        ? result(attempt, sitting)
                        : null);
    }

    @Override
    public SaveReceipt save(AccountId account, long attemptId, long itemId, AnswerInput input) {
        Attempt attempt = owned(exams.lockAttempt(attemptId), account, attemptId);
        Instant now = ExamTime.now(clock);
        if (attempt.state() == AttemptState.SUBMITTED) {
            throw new CertificationException(Kind.CONFLICT, "exam.error.attempt_submitted", ExamErrors.id(attemptId));
        }
        if (!attempt.acceptsAnswersAt(now)) {
            throw new CertificationException(Kind.CONFLICT, "exam.error.deadline_passed", ExamErrors.id(attemptId));
        }
        AttemptItem item =
                exams.findAttemptItem(attemptId, itemId).orElseThrow(() -> ExamErrors.itemNotInAttempt(itemId));
        check(item.itemVersion(), input);
        Answer answer = exams.findAnswer(item).orElse(null);
        if (answer == null) {
            answer = new Answer(item, input, now);
            exams.add(answer);
        } else {
            answer.replace(input, now);
        }
        return new SaveReceipt(attemptId, itemId, answer.savedAt(), answer.revision(), attempt.deadline(), now);
    }

    @Override
    public Submission submit(AccountId account, long attemptId) {
        Attempt attempt = owned(exams.lockAttempt(attemptId), account, attemptId);
        Instant now = ExamTime.now(clock);
        // After the deadline the attempt is submitted as it stood then, exactly as the overdue job would.
        return submissions.submit(attempt, now, attempt.isOverdueAt(now));
    }

    /** Refuses an answer whose shape does not fit the item; nothing is stored. */
    static void check(ItemVersion version, AnswerInput input) {
        switch (version.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> {
                if (!(input instanceof AnswerInput.Selected selected)) {
                    throw new CertificationException(Kind.INVALID, "exam.error.answer_needs_options");
                }
                Set<Long> distinct = new HashSet<>(selected.optionIds());
                if (distinct.size() != selected.optionIds().size()) {
                    throw new CertificationException(Kind.INVALID, "exam.error.answer_option_repeated");
                }
                if (version.type() != ItemType.MULTIPLE_CHOICE && distinct.size() > 1) {
                    throw new CertificationException(Kind.INVALID, "exam.error.answer_one_option");
                }
                for (Long optionId : distinct) {
                    if (version.option(optionId).isEmpty()) {
                        throw new CertificationException(
                                Kind.INVALID, "exam.error.answer_unknown_option", ExamErrors.id(optionId));
                    }
                }
            }
            case NUMERIC -> {
                if (!(input instanceof AnswerInput.NumericValue number)) {
                    throw new CertificationException(Kind.INVALID, "exam.error.answer_needs_value");
                }
                if (number.value().abs().compareTo(NUMERIC_LIMIT) >= 0
                        || number.value().scale() > 8) {
                    throw new CertificationException(Kind.INVALID, "exam.error.answer_value_out_of_range");
                }
            }
            case ESSAY -> {
                if (!(input instanceof AnswerInput.EssayText essay)) {
                    throw new CertificationException(Kind.INVALID, "exam.error.answer_needs_text");
                }
                if (essay.text().codePointCount(0, essay.text().length()) > AnswerInput.EssayText.MAX_LENGTH) {
                    throw new CertificationException(
                            Kind.INVALID, "exam.error.answer_text_too_long", AnswerInput.EssayText.MAX_LENGTH);
                }
            }
        }
    }

    /** What DECIMAL(24, 8) can hold. */
    private static final BigDecimal NUMERIC_LIMIT = new BigDecimal("1e16");

    private static AttemptView.Item shown(AttemptItem item) {
        ItemVersion version = item.itemVersion();
        return new AttemptView.Item(
                version.id(),
                item.position(),
                version.type(),
                version.stem(),
                item.options().stream()
                        .map(o -> new AttemptView.Option(o.id(), o.text()))
                        .toList(),
                version.points(),
                version.unit().orElse(null));
    }

    private static AttemptView.Result result(Attempt attempt, Sitting sitting) {
        Map<CourseCode, BigDecimal> points = new LinkedHashMap<>();
        Map<CourseCode, Integer> max = new HashMap<>();
        attempt.items().stream()
                .filter(i -> i.itemVersion().type().isObjective())
                .sorted(java.util.Comparator.comparing(
                        i -> i.itemVersion().course().value()))
                .forEach(i -> {
                    CourseCode course = i.itemVersion().course();
                    points.merge(course, i.pointsAwarded().orElse(BigDecimal.ZERO), BigDecimal::add);
                    max.merge(course, i.itemVersion().points(), Integer::sum);
                });
        List<AttemptView.TopicScore> topics = points.entrySet().stream()
                .map(e -> new AttemptView.TopicScore(e.getKey(), e.getValue(), max.get(e.getKey())))
                .toList();
        return new AttemptView.Result(
                attempt.outcome(),
                attempt.objectivePoints().orElse(BigDecimal.ZERO),
                attempt.objectiveMax(),
                attempt.essayPoints().orElse(null),
                attempt.essayMax(),
                sitting.objectivePassPercent(),
                sitting.essayPassPercent(),
                topics);
    }

    private CandidateSitting view(Sitting sitting, AccountId account, Registration registration, Instant now) {
        Attempt attempt =
                registration == null ? null : exams.findAttempt(registration).orElse(null);
        List<CourseCode> missing = registration == null ? missingCourses(sitting, account) : List.of();
        return new CandidateSitting(
                sitting.id(),
                sitting.title(),
                sitting.level(),
                sitting.opensAt(),
                sitting.closesAt(),
                sitting.durationMinutes(),
                registration == null ? 0 : registration.extraMinutes(),
                registration != null,
                registration != null || missing.isEmpty(),
                missing,
                registration == null && exams.registrationCount(sitting.id()) >= sitting.capacity(),
                sitting.acceptsRegistrationsAt(now),
                sitting.isOpenAt(now),
                attempt == null ? null : attempt.id(),
                attempt == null ? null : attempt.state(),
                sitting.resultsReleased());
    }

    private List<CourseCode> missingCourses(Sitting sitting, AccountId account) {
        return sitting.requiredCourses().stream()
                .filter(code -> enrolments.completion(account, code).isEmpty())
                .toList();
    }

    private static Attempt owned(java.util.Optional<Attempt> found, AccountId account, long attemptId) {
        return found.filter(a -> a.account().equals(account)).orElseThrow(() -> ExamErrors.attemptNotFound(attemptId));
    }

    static String describe(List<FormAssembler.Shortfall> shortfalls) {
        return String.join(
                "; ", shortfalls.stream().map(FormAssembler.Shortfall::toString).toList());
    }
}

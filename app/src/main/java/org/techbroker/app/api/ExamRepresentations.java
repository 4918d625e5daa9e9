package org.techbroker.app.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.AttemptStart;
import org.techbroker.certification.exam.AttemptState;
import org.techbroker.certification.exam.AttemptView;
import org.techbroker.certification.exam.CandidateSitting;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.Outcome;
import org.techbroker.certification.exam.SaveReceipt;
import org.techbroker.certification.exam.Submission;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Exams as candidates read them through the API, in one language. Built from what the exam
 * service hands out, which never holds a key, an explanation or a rubric; these records add
 * nothing of the bank either, so no answer can carry one. Instants are ISO-8601 in UTC; absent
 * values are left out.
 */
public final class ExamRepresentations {

    private ExamRepresentations() {}

    /** The candidate's attempt at a sitting, once started. */
    public record AttemptRef(long id, AttemptState state) {}

    /** A sitting as the caller sees it. */
    @JsonbPropertyOrder({
        "id",
        "title",
        "level",
        "opensAt",
        "closesAt",
        "durationMinutes",
        "extraMinutes",
        "registered",
        "eligible",
        "missingCourses",
        "full",
        "open",
        "attempt",
        "resultsReleased"
    })
    public record CandidateSittingView(
            long id,
            String title,
            QualificationLevel level,
            Instant opensAt,
            Instant closesAt,
            int durationMinutes,
            int extraMinutes,
            boolean registered,

            @Schema(description = "Registered, or has completed every required course")
            boolean eligible,

            @Schema(description = "Required courses not yet completed (codes)")
            List<String> missingCourses,

            @Schema(description = "No places left for someone not yet registered")
            boolean full,

            @Schema(description = "Attempts may start now") boolean open,

            @Schema(description = "Present once the caller has started")
            AttemptRef attempt,

            boolean resultsReleased) {}

    /** What starting or resuming answers. */
    @JsonbPropertyOrder({"attemptId", "deadline", "serverTime", "state", "resumed"})
    public record AttemptStarted(
            long attemptId, Instant deadline, Instant serverTime, AttemptState state, boolean resumed) {}

    /** An option of a choice item. */
    @JsonbPropertyOrder({"id", "text"})
    public record OptionView(long id, String text) {}

    /** An item as shown: never its key, explanation or rubric. */
    @JsonbPropertyOrder({"id", "type", "stem", "options", "points", "unit"})
    public record ItemView(
            @Schema(description = "The id of the item version shown; answers are saved under it")
            long id,

            ItemType type,
            String stem,

            @Schema(description = "In the order shown to this candidate; empty for numeric and essay items")
            List<OptionView> options,

            int points,

            @Schema(description = "The unit of a numeric answer, if any")
            String unit) {}

    /** A saved answer: exactly one of selected, value and text, and when it was saved. */
    @JsonbPropertyOrder({"selected", "value", "text", "savedAt", "revision"})
    public record AnswerView(List<Long> selected, BigDecimal value, String text, Instant savedAt, int revision) {}

    /** Objective points of one topic (a course). */
    @JsonbPropertyOrder({"course", "points", "max"})
    public record TopicView(String course, BigDecimal points, int max) {}

    /** The released result. */
    @JsonbPropertyOrder({
        "outcome",
        "objectivePoints",
        "objectiveMax",
        "essayPoints",
        "essayMax",
        "objectivePassPercent",
        "essayPassPercent",
        "topics"
    })
    public record ResultView(
            Outcome outcome,
            BigDecimal objectivePoints,
            int objectiveMax,

            @JsonbNillable @Schema(description = "null until the essays are marked, or when there are none")
            BigDecimal essayPoints,

            int essayMax,
            int objectivePassPercent,
            int essayPassPercent,
            List<TopicView> topics) {}

    /** An attempt as its candidate reads it. */
    @JsonbPropertyOrder({
        "id",
        "sittingId",
        "title",
        "state",
        "startedAt",
        "deadline",
        "serverTime",
        "submittedAt",
        "items",
        "answers",
        "result"
    })
    public record AttemptDocument(
            long id,
            long sittingId,
            @Schema(description = "The sitting's title") String title,
            AttemptState state,
            Instant startedAt,

            @Schema(description = "Start + duration + extra time; extra time granted later moves it")
            Instant deadline,

            @Schema(description = "The server's clock when this answer was made, for the page's timer")
            Instant serverTime,

            Instant submittedAt,
            List<ItemView> items,

            @Schema(description = "Saved answers by item id")
            Map<String, AnswerView> answers,

            @Schema(description = "Only once the sitting's results are released")
            ResultView result) {}

    /** What a save answers: the answer is stored, and how long the attempt still runs. */
    @JsonbPropertyOrder({"itemId", "savedAt", "revision", "deadline", "serverTime"})
    public record SavedView(
            long itemId,
            Instant savedAt,

            @Schema(description = "Counts the saves that changed the answer; repeating a save keeps it")
            int revision,

            Instant deadline,
            Instant serverTime) {}

    /** What a submission answers, the first time and every time after. */
    @JsonbPropertyOrder({"attemptId", "submittedAt", "automatically", "alreadySubmitted"})
    public record SubmittedView(
            long attemptId,
            Instant submittedAt,

            @Schema(description = "Submitted at the deadline rather than by the candidate")
            boolean automatically,

            @Schema(description = "This call found the attempt submitted already")
            boolean alreadySubmitted) {}

    /** The body of a save, for the API's description: exactly one member. */
    @Schema(
            name = "AnswerBody",
            description = "Exactly one of selected (choice items; [] clears the answer), value (numeric items) "
                    + "and text (essays, at most 60,000 characters).")
    public record AnswerBodySchema(List<Long> selected, BigDecimal value, String text) {}

    static CandidateSittingView sitting(CandidateSitting sitting, Locale locale) {
        return new CandidateSittingView(
                sitting.sittingId(),
                sitting.title().in(locale),
                sitting.level(),
                sitting.opensAt(),
                sitting.closesAt(),
                sitting.durationMinutes(),
                sitting.extraMinutes(),
                sitting.registered(),
                sitting.eligible(),
                sitting.missingCourses().stream().map(CourseCode::value).toList(),
                sitting.full(),
                sitting.open(),
                sitting.attemptId() == null ? null : new AttemptRef(sitting.attemptId(), sitting.attemptState()),
                sitting.resultsReleased());
    }

    static AttemptStarted started(AttemptStart start) {
        return new AttemptStarted(
                start.attemptId(), start.deadline(), start.serverTime(), start.state(), start.resumed());
    }

    static AttemptDocument attempt(AttemptView view, Locale locale) {
        Map<String, AnswerView> answers = new LinkedHashMap<>();
        for (AttemptView.Item item : view.items()) {
            AttemptView.SavedAnswer saved = view.answers().get(item.id());
            if (saved != null) {
                answers.put(String.valueOf(item.id()), answer(saved));
            }
        }
        return new AttemptDocument(
                view.id(),
                view.sittingId(),
                view.sittingTitle().in(locale),
                view.state(),
                view.startedAt(),
                view.deadline(),
                view.serverTime(),
                view.submittedAt(),
                view.items().stream().map(item -> item(item, locale)).toList(),
                answers,
                view.releasedResult().map(ExamRepresentations::result).orElse(null));
    }

    static SavedView saved(SaveReceipt receipt) {
        return new SavedView(
                receipt.itemId(), receipt.savedAt(), receipt.revision(), receipt.deadline(), receipt.serverTime());
    }

    static SubmittedView submitted(Submission submission) {
        return new SubmittedView(
                submission.attemptId(),
                submission.submittedAt(),
                submission.automatically(),
                submission.alreadySubmitted());
    }

    private static ItemView item(AttemptView.Item item, Locale locale) {
        return new ItemView(
                item.id(),
                item.type(),
                item.stem().in(locale),
                item.options().stream()
                        .map(option -> new OptionView(option.id(), option.text().in(locale)))
                        .toList(),
                item.points(),
                text(item.unit(), locale));
    }

    private static AnswerView answer(AttemptView.SavedAnswer saved) {
        AnswerInput input = saved.answer();
        return new AnswerView(
                input instanceof AnswerInput.Selected selected ? selected.optionIds() : null,
                input instanceof AnswerInput.NumericValue number ? plain(number.value()) : null,
                input instanceof AnswerInput.EssayText essay ? essay.text() : null,
                saved.savedAt(),
                saved.revision());
    }

    private static ResultView result(AttemptView.Result result) {
        return new ResultView(
                result.outcome(),
                plain(result.objectivePoints()),
                result.objectiveMax(),
                plain(result.essayPoints()),
                result.essayMax(),
                result.objectivePassPercent(),
                result.essayPassPercent(),
                result.topics().stream()
                        .map(topic -> new TopicView(topic.course().value(), plain(topic.points()), topic.max()))
                        .toList());
    }

    private static String text(BilingualText text, Locale locale) {
        return text == null ? null : text.in(locale);
    }

    /** 2400000 rather than 2.4E+6, which is valid JSON but not what anyone typed. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

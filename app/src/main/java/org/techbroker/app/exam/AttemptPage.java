package org.techbroker.app.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.AttemptState;
import org.techbroker.certification.exam.AttemptView;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.Outcome;
import org.techbroker.courses.catalog.CourseCode;

/**
 * An attempt as the exam page shows it, in the reader's language: every item with the answer saved
 * for it (so a reload, or another device, resumes with all of them), the deadline and the server's
 * clock for the timer, and after release the result by topic. It holds nothing the candidate may
 * not see: {@link AttemptView} carries no key.
 */
public record AttemptPage(
        long id,
        String sittingTitle,
        AttemptState state,
        Instant deadline,
        Instant serverTime,
        Instant submittedAt,
        List<ItemRow> items,
        ResultView result)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public AttemptPage {
        items = List.copyOf(items);
    }

    /** Whether answers may still change: running and, by the server's clock, before the deadline. */
    public boolean running() {
        return state == AttemptState.IN_PROGRESS && !serverTime.isAfter(deadline);
    }

    public boolean submitted() {
        return state == AttemptState.SUBMITTED;
    }

    /** Running, but the deadline has passed: the server is about to submit it. */
    public boolean overdue() {
        return state == AttemptState.IN_PROGRESS && serverTime.isAfter(deadline);
    }

    public long answeredCount() {
        return items.stream().filter(ItemRow::answered).count();
    }

    /** The time left, as the timer shows it before its script takes over: h:mm:ss. */
    public String remaining() {
        Duration left = running() ? Duration.between(serverTime, deadline) : Duration.ZERO;
        return String.format(Locale.ROOT, "%d:%02d:%02d", left.toHours(), left.toMinutesPart(), left.toSecondsPart());
    }

    /** One item of the form with the answer saved for it. */
    public record ItemRow(
            long id,
            int position,
            ItemType type,
            String stem,
            List<OptionRow> options,
            String unit,
            String number,
            String text,
            Instant savedAt)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public ItemRow {
            options = List.copyOf(options);
        }

        public boolean answered() {
            return switch (type) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE ->
                    options.stream().anyMatch(OptionRow::chosen);
                case NUMERIC -> number != null;
                case ESSAY -> text != null && !text.isBlank();
            };
        }

        /** Radio buttons for single choice and true/false, checkboxes for multiple choice. */
        public String inputType() {
            return type == ItemType.MULTIPLE_CHOICE ? "checkbox" : "radio";
        }

        public boolean choice() {
            return type.hasOptions();
        }

        public int characters() {
            return text == null ? 0 : text.codePointCount(0, text.length());
        }
    }

    public record OptionRow(long id, String text, boolean chosen) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The released result. Essay points stay empty until the essays are marked. */
    public record ResultView(
            Outcome outcome,
            BigDecimal objectivePoints,
            int objectiveMax,
            BigDecimal essayPoints,
            int essayMax,
            int objectivePassPercent,
            int essayPassPercent,
            List<TopicRow> topics)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public ResultView {
            topics = List.copyOf(topics);
        }

        public boolean hasEssays() {
            return essayMax > 0;
        }

        public boolean essaysMarked() {
            return essayPoints != null;
        }
    }

    /** Objective points in one topic (course). */
    public record TopicRow(String code, String title, BigDecimal points, int max) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The share of the topic's points, as a whole percentage for the bar. */
        public int percent() {
            return max == 0
                    ? 0
                    : points.multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(max), 0, RoundingMode.HALF_UP)
                            .intValue();
        }
    }

    static AttemptPage of(AttemptView view, Locale locale, Function<CourseCode, String> courseTitles) {
        List<ItemRow> items = view.items().stream()
                .sorted(java.util.Comparator.comparingInt(AttemptView.Item::position))
                .map(item -> row(item, view.answers().get(item.id()), locale))
                .toList();
        ResultView result = view.releasedResult()
                .map(r -> new ResultView(
                        r.outcome(),
                        r.objectivePoints().stripTrailingZeros(),
                        r.objectiveMax(),
                        r.essayPoints() == null ? null : r.essayPoints().stripTrailingZeros(),
                        r.essayMax(),
                        r.objectivePassPercent(),
                        r.essayPassPercent(),
                        r.topics().stream()
                                .map(t -> new TopicRow(
                                        t.course().value(),
                                        courseTitles.apply(t.course()),
                                        t.points().stripTrailingZeros(),
                                        t.max()))
                                .toList()))
                .orElse(null);
        return new AttemptPage(
                view.id(),
                view.sittingTitle().in(locale),
                view.state(),
                view.deadline(),
                view.serverTime(),
                view.submittedAt(),
                items,
                result);
    }

    private static ItemRow row(AttemptView.Item item, AttemptView.SavedAnswer saved, Locale locale) {
        AnswerInput answer = saved == null ? null : saved.answer();
        Set<Long> chosen =
                answer instanceof AnswerInput.Selected selected ? Set.copyOf(selected.optionIds()) : Set.of();
        return new ItemRow(
                item.id(),
                item.position(),
                item.type(),
                item.stem().in(locale),
                item.options().stream()
                        .map(o -> new OptionRow(o.id(), o.text().in(locale), chosen.contains(o.id())))
                        .toList(),
                item.unit() == null ? null : item.unit().in(locale),
                answer instanceof AnswerInput.NumericValue number
                        ? number.value().toPlainString()
                        : null,
                answer instanceof AnswerInput.EssayText essay ? essay.text() : null,
                saved == null ? null : saved.savedAt());
    }
}

package org.techbroker.app.learn;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.techbroker.app.account.Role;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.learn.valuation.NumberText;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Responses;
import org.techbroker.courses.enrolment.EnrolmentService;
import org.techbroker.courses.enrolment.QuizResult;
import org.techbroker.courses.practice.ItemType;
import org.techbroker.courses.practice.PracticeAnswer;
import org.techbroker.courses.shared.DomainException;

/**
 * A module's practice quiz ({@code learn/quiz.xhtml?module=…}). The trainee answers every item
 * and submits; the page then shows the score, whether it reaches the module's pass mark, and for
 * each item whether it was right, the correct answer and the explanation. A number that cannot be
 * read fails beside its field before anything is scored, so no attempt is recorded. A retake
 * starts from a fresh form. Administrators see the items read-only, without submitting.
 */
@Named
@ViewScoped
public class QuizBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** As many decimals as a practice item's answer and tolerance are stored with. */
    private static final int DECIMALS_SHOWN = 8;

    @Inject
    transient LearningViews views;

    @Inject
    transient EnrolmentService enrolments;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient LocaleSelection localeSelection;

    private String module;
    private QuizPage quiz;
    private List<Row> rows = List.of();
    private Outcome outcome;

    public void load() {
        OptionalLong moduleId = LessonBacking.parseId(module);
        Optional<QuizPage> found = moduleId.isEmpty()
                ? Optional.empty()
                : views.quiz(
                        moduleId.getAsLong(),
                        caller.accountId(),
                        caller.isInRole(Role.ADMIN_NAME),
                        localeSelection.getLocale());
        if (found.isEmpty()) {
            Responses.notFound();
            return;
        }
        quiz = found.get();
        rows = quiz.items().stream().map(Row::new).toList();
    }

    /** Scores the answers given; an item left unanswered counts as wrong. */
    public void submit() {
        if (quiz == null || !quiz.learner() || outcome != null) {
            return;
        }
        try {
            QuizResult result = enrolments.submitQuiz(caller.requireAccountId(), quiz.moduleId(), answers(rows));
            outcome = new Outcome(
                    result.attempt().correctCount(),
                    result.attempt().itemCount(),
                    result.attempt().scorePercent(),
                    result.attempt().passed(),
                    new HashMap<>(result.correctByItem()),
                    Standing.of(result.progress()));
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
    }

    /** A fresh form, by a new request, so that nothing of the last attempt is left in it. */
    public String retake() {
        return "/learn/quiz?faces-redirect=true&module=" + quiz.moduleId();
    }

    /** The answers as the domain scores them, by item id; an unanswered item is absent or empty. */
    static Map<Long, PracticeAnswer> answers(List<Row> rows) {
        Map<Long, PracticeAnswer> answers = new HashMap<>();
        for (Row row : rows) {
            row.answer().ifPresent(answer -> answers.put(row.getItem().id(), answer));
        }
        return answers;
    }

    /** Whether the item was answered right in the submitted attempt; null before submitting. */
    public Boolean correct(QuizPage.Item item) {
        return outcome == null ? null : outcome.correctByItem().get(item.id());
    }

    /** How messages name the item at this index of the form ("Question 3"). */
    public String label(int index) {
        return FacesMessages.text("learn_quiz.label.item", index + 1);
    }

    /** A number as the results show it: grouped by thousands, without trailing zeros. */
    public String number(BigDecimal value) {
        return value == null
                ? ""
                : NumberText.decimal(value.stripTrailingZeros(), DECIMALS_SHOWN, localeSelection.getLocale());
    }

    /** The longest answer a numeric field takes. */
    public int getNumberMaxLength() {
        return NumberText.MAX_LENGTH;
    }

    public QuizPage getQuiz() {
        return quiz;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public boolean isSubmitted() {
        return outcome != null;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    /** The result of the submitted attempt, and the course standing after it. */
    public record Outcome(
            int correctCount,
            int itemCount,
            BigDecimal scorePercent,
            boolean passed,
            HashMap<Long, Boolean> correctByItem,
            Standing standing)
            implements Serializable {}

    /** One item of the form with what the trainee answered to it. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final QuizPage.Item item;
        private String choice;
        private List<String> choices = new ArrayList<>();
        private BigDecimal number;

        Row(QuizPage.Item item) {
            this.item = item;
        }

        public QuizPage.Item getItem() {
            return item;
        }

        /** The answer given, or empty when the item was left unanswered. */
        Optional<PracticeAnswer> answer() {
            return switch (item.type()) {
                case SINGLE_CHOICE -> keys(choice == null ? List.of() : List.of(choice));
                case MULTIPLE_CHOICE -> keys(choices == null ? List.of() : choices);
                case TRUE_FALSE ->
                    choice == null || choice.isBlank()
                            ? Optional.empty()
                            : Optional.of(PracticeAnswer.judging(Boolean.parseBoolean(choice)));
                case NUMERIC -> number == null ? Optional.empty() : Optional.of(PracticeAnswer.numbering(number));
            };
        }

        private Optional<PracticeAnswer> keys(List<String> values) {
            Set<Character> keys = values.stream()
                    .filter(v -> v != null && v.length() == 1)
                    .map(v -> v.charAt(0))
                    .filter(key -> item.option(key).isPresent())
                    .collect(Collectors.toSet());
            return keys.isEmpty() ? Optional.empty() : Optional.of(PracticeAnswer.choosing(keys));
        }

        /** The options chosen, as the results list them. */
        public List<QuizPage.Option> getChosenOptions() {
            List<String> chosen = item.type() == ItemType.MULTIPLE_CHOICE
                    ? (choices == null ? List.of() : choices)
                    : (choice == null ? List.of() : List.of(choice));
            return item.options().stream()
                    .filter(o -> chosen.contains(o.value()))
                    .toList();
        }

        public boolean isAnswered() {
            return answer().isPresent();
        }

        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = choice;
        }

        public List<String> getChoices() {
            return choices;
        }

        public void setChoices(List<String> choices) {
            this.choices = choices;
        }

        public BigDecimal getNumber() {
            return number;
        }

        public void setNumber(BigDecimal number) {
            this.number = number;
        }
    }
}

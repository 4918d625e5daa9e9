package org.techbroker.app.learn.valuation;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.learn.valuation.Inputs.Label;
import org.techbroker.app.learn.valuation.Inputs.Problem;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.valuation.AnswerCheck;
import org.techbroker.courses.valuation.AnswerCheck.Verdict;
import org.techbroker.courses.valuation.ValuationEngine;

/**
 * What every page of the valuation workbench does, whatever the approach. In calculator mode the
 * trainee edits a form (filled with a worked example) and calculates; unreadable fields are named
 * beside the fields, impossible values by the engine's message above the form, and in both cases
 * nothing is shown as a result. In exercise mode ({@code ?mode=exercise&scenario=n}) the page shows
 * a scenario's givens, the trainee types an answer, and the page compares it with the engine's
 * result under {@link AnswerCheck#VALUATION}, then shows the engine's working.
 *
 * @param <F> the page's form
 * @param <R> the engine's result for it
 */
public abstract class WorkbenchBacking<F extends Serializable, R> implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String EXERCISE = "exercise";
    static final String CALCULATOR_FORM = "calculator";
    static final String EXERCISE_FORM = "exercise";
    static final String ANSWER_LABEL = "learn_valuation.label.answer";

    @Inject
    transient ValuationEngine engine;

    @Inject
    transient LocaleSelection localeSelection;

    private String mode;
    private String scenarioParameter;
    private boolean exercise;
    private int scenarioNumber = 1;
    private F form;
    private R result;
    private String answer;
    private Verdict verdict;

    /** The page's name in its path and its bundle keys: "income" for learn/valuation/income.xhtml. */
    public abstract String getPage();

    /** A form filled with the worked example the calculator starts from. */
    protected abstract F example();

    /** The page's exercises, numbered from 1. */
    protected abstract List<Scenario<F, R>> scenarios();

    /**
     * Reads the form and asks the engine; returns null when a field cannot be read (the problems
     * are in {@code inputs}). Throws the engine's {@link CoursesException} for impossible values.
     */
    protected abstract R compute(F form, Inputs inputs);

    /** The form's values as an exercise lists them. */
    protected abstract List<Given> givens(F form, Wording wording);

    protected ValuationEngine engine() {
        return engine;
    }

    /** Chooses the mode and scenario from the address; an unknown one is a page that does not exist. */
    public void open() throws IOException {
        exercise = EXERCISE.equals(mode);
        if (mode != null && !mode.isBlank() && !exercise) {
            notFound();
            return;
        }
        if (exercise) {
            Integer number = scenarioParameter == null || scenarioParameter.isBlank()
                    ? Integer.valueOf(1)
                    : NumberText.parseWhole(scenarioParameter).orElse(null);
            if (number == null || number < 1 || number > scenarios().size()) {
                notFound();
                return;
            }
            scenarioNumber = number;
        }
        form = exercise ? scenario().givens().get() : example();
        result = null;
        verdict = null;
        answer = null;
    }

    /** Calculator mode: computes the form's value, or says what is wrong and shows no result. */
    public void calculate() {
        result = null;
        Inputs inputs = new Inputs();
        try {
            R computed = compute(form(), inputs);
            if (inputs.hasProblems()) {
                report(CALCULATOR_FORM, inputs);
                return;
            }
            result = computed;
        } catch (CoursesException impossible) {
            FacesMessages.failure(impossible);
        }
    }

    /** Exercise mode: says whether the trainee's answer is right and shows the engine's working. */
    public void check() {
        verdict = null;
        result = null;
        Inputs inputs = new Inputs();
        BigDecimal given = inputs.number("answer", answer, Label.of(ANSWER_LABEL));
        if (given == null) {
            report(EXERCISE_FORM, inputs);
            return;
        }
        Scenario<F, R> scenario = scenario();
        R computed = compute(scenario.givens().get(), new Inputs());
        verdict = AnswerCheck.VALUATION.check(given, scenario.answer().apply(computed));
        result = computed;
    }

    protected void report(String formId, Inputs inputs) {
        Wording wording = wording();
        for (Problem problem : inputs.problems()) {
            String label = wording.text(
                    problem.label().key(), problem.label().arguments().toArray());
            FacesMessages.error(formId + ":" + problem.field(), problem.key(), label);
        }
    }

    private static void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseSendError(404, null);
        context.responseComplete();
    }

    protected Wording wording() {
        return new Wording(localeSelection.getLocale());
    }

    private Scenario<F, R> scenario() {
        return scenarios().get(scenarioNumber - 1);
    }

    private F form() {
        if (form == null) {
            form = example();
        }
        return form;
    }

    public F getForm() {
        return form();
    }

    public R getResult() {
        return result;
    }

    public boolean isExercise() {
        return exercise;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getScenario() {
        return scenarioParameter;
    }

    public void setScenario(String scenario) {
        this.scenarioParameter = scenario;
    }

    public int getScenarioNumber() {
        return scenarioNumber;
    }

    /** The scenario numbers, for the links between exercises. */
    public List<Integer> getScenarioNumbers() {
        return IntStream.rangeClosed(1, scenarios().size()).boxed().toList();
    }

    public String getStoryKey() {
        return scenario().storyKey(getPage());
    }

    public String getQuestionKey() {
        return scenario().questionKey(getPage());
    }

    /** The current exercise's givens, in the page's language. */
    public List<Given> getGivens() {
        return givens(form(), wording());
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    /** The checking rule, as the exercise states it. */
    public AnswerCheck getRule() {
        return AnswerCheck.VALUATION;
    }
}

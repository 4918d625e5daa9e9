package org.techbroker.app.review.chief;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.techbroker.app.admin.courses.Pages;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.certification.review.ChiefReview;
import org.techbroker.certification.review.MarkingState;
import org.techbroker.certification.review.PromptRow;
import org.techbroker.certification.review.ReferenceScriptRow;
import org.techbroker.courses.shared.DomainException;

/**
 * Calibration as the chief examiner keeps it: each essay prompt's divergence threshold (edited in
 * place, 1 to 50 % of the maximum, for the prompt's future scripts), the reference scripts (written
 * here; their agreed mark is then given as a marking like any other), and how far each examiner's
 * calibration mark of each reference script was from the agreed one.
 */
@Named
@ViewScoped
public class ChiefCalibrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How much of a reference script the list shows before the reader opens the whole text. */
    static final int EXCERPT_LENGTH = 160;

    /** A prompt with the threshold being edited. */
    public static class PromptLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String itemKey;
        private final String prompt;
        private final int maxPoints;
        private final boolean customised;
        private Integer percent;

        PromptLine(String itemKey, String prompt, int maxPoints, int percent, boolean customised) {
            this.itemKey = itemKey;
            this.prompt = prompt;
            this.maxPoints = maxPoints;
            this.percent = percent;
            this.customised = customised;
        }

        public String getItemKey() {
            return itemKey;
        }

        public String getPrompt() {
            return prompt;
        }

        public int getMaxPoints() {
            return maxPoints;
        }

        public boolean isCustomised() {
            return customised;
        }

        public Integer getPercent() {
            return percent;
        }

        public void setPercent(Integer percent) {
            this.percent = percent;
        }
    }

    /** A reference script with its agreed mark and the examiners' calibration marks. */
    public record ReferenceLine(
            String code,
            String promptKey,
            int maxPoints,
            String excerpt,
            String text,
            long agreedMarkingId,
            String agreedPoints,
            boolean retired,
            List<ResultLine> results)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Whether the list shows only the beginning of the text. */
        public boolean isTruncated() {
            return !excerpt.equals(text);
        }
    }

    /** An examiner's calibration mark; total and difference stay empty until submitted. */
    public record ResultLine(String examiner, MarkingState state, String points, String difference)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient ChiefReview chief;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient ExaminerNames names;

    private List<PromptLine> prompts = List.of();
    private List<ReferenceLine> references = List.of();
    private String newPrompt;
    private String newText;

    @PostConstruct
    void load() {
        Locale locale = FacesMessages.locale();
        prompts = chief.prompts().stream().map(p -> promptLine(p, locale)).toList();
        references = chief.referenceScripts().stream().map(this::referenceLine).toList();
    }

    private static PromptLine promptLine(PromptRow prompt, Locale locale) {
        return new PromptLine(
                prompt.itemKey(),
                prompt.prompt().in(locale),
                prompt.maxPoints(),
                prompt.divergencePercent(),
                prompt.customised());
    }

    private ReferenceLine referenceLine(ReferenceScriptRow reference) {
        return new ReferenceLine(
                reference.code(),
                reference.promptKey(),
                reference.maxPoints(),
                excerpt(reference.essayText()),
                reference.essayText(),
                reference.agreedMarkingId(),
                Figures.points(reference.agreedPoints()),
                reference.retired(),
                reference.results().stream()
                        .map(r -> new ResultLine(
                                names.label(r.examiner()),
                                r.state(),
                                Figures.points(r.points()),
                                Figures.signedPoints(r.difference())))
                        .toList());
    }

    /** The beginning of a text, cut at a character that does not split a surrogate pair. */
    static String excerpt(String text) {
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int end = EXCERPT_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Saves one prompt's threshold; the service refuses one outside 1 to 50 %. */
    public void saveThreshold(PromptLine prompt) {
        if (prompt.getPercent() == null) {
            FacesMessages.error(null, "review_chief_calibration.message.percent_required");
            return;
        }
        try {
            PromptRow saved = chief.setDivergencePercent(prompt.getItemKey(), prompt.getPercent());
            FacesMessages.info(
                    "review_chief_calibration.message.threshold_saved", saved.itemKey(), saved.divergencePercent());
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return;
        }
        load();
    }

    /** Writes a reference script; the chief examiner then gives its agreed mark from the list. */
    public String addReference() {
        if (newPrompt == null || newPrompt.isBlank()) {
            FacesMessages.error(null, "review_chief_calibration.message.prompt_required");
            return null;
        }
        try {
            ReferenceScriptRow added =
                    chief.addReferenceScript(caller.requireAccountId(), newPrompt, newText == null ? "" : newText);
            FacesMessages.info("review_chief_calibration.message.added", added.code(), added.promptKey());
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return null;
        }
        Pages.keepMessages();
        return "/review/chief/calibration?faces-redirect=true";
    }

    /** Takes a reference script out of calibration; the marks already given stay. */
    public void retire(ReferenceLine reference) {
        try {
            chief.retireReferenceScript(reference.code());
            FacesMessages.info("review_chief_calibration.message.retired", reference.code());
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        load();
    }

    public List<PromptLine> getPrompts() {
        return prompts;
    }

    public List<ReferenceLine> getReferences() {
        return references;
    }

    public String getNewPrompt() {
        return newPrompt;
    }

    public void setNewPrompt(String newPrompt) {
        this.newPrompt = newPrompt;
    }

    public String getNewText() {
        return newText;
    }

    public void setNewText(String newText) {
        this.newText = newText;
    }
}

package org.techbroker.app.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.techbroker.app.exam.AttemptPage;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Formats;
import org.techbroker.certification.review.Appeal;
import org.techbroker.certification.review.AppealState;
import org.techbroker.certification.review.CandidateFeedback;
import org.techbroker.certification.review.EssayFeedback;
import org.techbroker.certification.review.FinalBasis;
import org.techbroker.courses.shared.DomainException;

/**
 * The examiners' feedback on a candidate's essays, on the exam page once the results are released
 * ({@code exams/attempt.xhtml}): per essay the final points of each criterion with every comment
 * on it, the overall comments, none of them saying who wrote them, and the appeal form while an
 * appeal may be lodged; after an appeal, where it stands. Lodging reloads the page, so a reload
 * never appeals twice.
 */
@Named
@ViewScoped
public class EssayFeedbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One essay's feedback, and the reason the candidate is writing for an appeal. */
    public static class EssayRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long itemId;
        private final Integer position;
        private final String prompt;
        private final int maxPoints;
        private final String finalPoints;
        private final FinalBasis basis;
        private final boolean underReview;
        private final List<CriterionRow> criteria;
        private final List<String> overallFeedback;
        private final String appealUntil;
        private final boolean appealable;
        private final AppealRow appeal;
        private String reason;

        EssayRow(EssayFeedback feedback, Integer position, Locale locale, Formats formats) {
            this.itemId = feedback.itemId();
            this.position = position;
            this.prompt = feedback.prompt().in(locale);
            this.maxPoints = feedback.maxPoints();
            this.finalPoints = ReviewPages.points(feedback.finalPoints());
            this.basis = feedback.basis();
            this.underReview = feedback.underReview();
            this.criteria = feedback.criteria().stream()
                    .map(c -> new CriterionRow(
                            c.criterion().title().in(locale),
                            c.criterion().points(),
                            ReviewPages.points(c.points()),
                            c.feedback()))
                    .toList();
            this.overallFeedback = List.copyOf(feedback.overallFeedback());
            this.appealUntil = formats.dateTime(feedback.appealUntil());
            this.appealable = feedback.appealable();
            this.appeal = feedback.appeal() == null
                    ? null
                    : new AppealRow(
                            feedback.appeal().state(),
                            feedback.appeal().reason(),
                            formats.dateTime(feedback.appeal().lodgedAt()),
                            ReviewPages.points(feedback.appeal().pointsBefore()),
                            ReviewPages.points(feedback.appeal().pointsAfter()));
        }

        public long getItemId() {
            return itemId;
        }

        public Integer getPosition() {
            return position;
        }

        public String getPrompt() {
            return prompt;
        }

        public int getMaxPoints() {
            return maxPoints;
        }

        public String getFinalPoints() {
            return finalPoints;
        }

        public FinalBasis getBasis() {
            return basis;
        }

        public boolean isUnderReview() {
            return underReview;
        }

        public List<CriterionRow> getCriteria() {
            return criteria;
        }

        public List<String> getOverallFeedback() {
            return overallFeedback;
        }

        public String getAppealUntil() {
            return appealUntil;
        }

        public boolean isAppealable() {
            return appealable;
        }

        public AppealRow getAppeal() {
            return appeal;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** A criterion's final points and the examiners' comments on it. */
    public record CriterionRow(String title, int maxPoints, String points, List<String> feedback)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public CriterionRow {
            feedback = List.copyOf(feedback);
        }
    }

    /** The candidate's appeal, as they may see it. */
    public record AppealRow(AppealState state, String reason, String lodgedAt, String pointsBefore, String pointsAfter)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient CandidateFeedback feedback;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient LocaleSelection localeSelection;

    @Inject
    transient Formats formats;

    private Long attemptId;
    private List<EssayRow> essays = List.of();

    /** Reads the feedback of the attempt the page shows, once its result is released. */
    public void load(AttemptPage attempt) {
        if (attempt == null || attempt.result() == null || caller.accountId().isEmpty()) {
            return;
        }
        Locale locale = localeSelection.getLocale();
        attemptId = attempt.id();
        essays = feedback.feedback(caller.requireAccountId(), attempt.id()).stream()
                .map(essay -> new EssayRow(essay, position(attempt, essay.itemId()), locale, formats))
                .toList();
    }

    private static Integer position(AttemptPage attempt, long itemId) {
        return attempt.items().stream()
                .filter(item -> item.id() == itemId)
                .map(AttemptPage.ItemRow::position)
                .findFirst()
                .orElse(null);
    }

    public String appeal(EssayRow essay) {
        try {
            feedback.appeal(
                    caller.requireAccountId(), attemptId, essay.getItemId(), essay.reason == null ? "" : essay.reason);
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return null;
        }
        FacesMessages.info("exams_attempt.feedback.message.appealed");
        ReviewPages.keepMessages();
        return "/exams/attempt?faces-redirect=true&id=" + attemptId;
    }

    public List<EssayRow> getEssays() {
        return essays;
    }

    public int getReasonMaxLength() {
        return Appeal.MAX_REASON_LENGTH;
    }
}

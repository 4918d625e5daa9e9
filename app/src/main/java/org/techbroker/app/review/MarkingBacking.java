package org.techbroker.app.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Formats;
import org.techbroker.app.shell.Responses;
import org.techbroker.certification.exam.RubricCriterion;
import org.techbroker.certification.review.AssignmentSummary;
import org.techbroker.certification.review.AssignmentView;
import org.techbroker.certification.review.CriterionMark;
import org.techbroker.certification.review.MarkingRole;
import org.techbroker.certification.review.MarkingService;
import org.techbroker.certification.review.MarkingState;
import org.techbroker.certification.review.MarksInput;
import org.techbroker.certification.review.OtherMark;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException;

/**
 * The marking form ({@code review/mark.xhtml?assignment=…}): the script's code, the prompt, the
 * essay and the rubric, with points and feedback per criterion, overall feedback and, for a
 * decision, its reason. The version read is kept with the view and sent with every save, so a save
 * from a stale tab is refused and changes nothing; a save that succeeds reloads the page, which
 * reads the new version. Once submitted the marks are read-only, with the other marks the service
 * lets the examiner see. A marking that is not the caller's answers 404, like an unknown id.
 */
@Named
@ViewScoped
public class MarkingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MarkingService marking;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient LocaleSelection localeSelection;

    @Inject
    transient Formats formats;

    private String assignment;
    private boolean loaded;
    private long markingId;
    private long version;
    private String scriptCode;
    private MarkingRole role;
    private MarkingState state;
    private String promptKey;
    private String prompt;
    private String essayText;
    private int maxPoints;
    private String divergenceLimit;
    private String savedTotal;
    private String savedAt;
    private String submittedAt;
    private boolean waitsForCalibration;
    private Long calibrationMarkingId;
    private List<CriterionEntry> criteria = List.of();
    private String overallFeedback;
    private String reason;
    private List<OtherMarkView> otherMarks = List.of();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        OptionalLong id = ReviewPages.id(assignment);
        Optional<AccountId> examiner = caller.accountId();
        if (id.isEmpty() || examiner.isEmpty()) {
            Responses.notFound();
            return;
        }
        try {
            show(marking.assignment(examiner.get(), id.getAsLong()), examiner.get());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                Responses.notFound();
            } else {
                FacesMessages.failure(e);
            }
        }
    }

    private void show(AssignmentView view, AccountId examiner) {
        Locale locale = localeSelection.getLocale();
        markingId = view.id();
        version = view.version();
        scriptCode = view.scriptCode();
        role = view.role();
        state = view.state();
        promptKey = view.promptKey();
        prompt = view.prompt().in(locale);
        essayText = view.essayText();
        maxPoints = view.maxPoints();
        divergenceLimit = ReviewPages.points(view.divergenceLimit());
        savedTotal = ReviewPages.points(view.totalPoints());
        savedAt = formats.dateTime(view.savedAt());
        submittedAt = formats.dateTime(view.submittedAt());
        overallFeedback = view.overallFeedback();
        reason = view.reason();
        waitsForCalibration = view.waitsForCalibration();
        calibrationMarkingId = waitsForCalibration ? calibrationOf(examiner, view.promptKey()) : null;
        Map<Long, CriterionMark> mine = byCriterion(view.criteria());
        List<CriterionEntry> entries = new ArrayList<>();
        for (int i = 0; i < view.rubric().size(); i++) {
            RubricCriterion criterion = view.rubric().get(i);
            CriterionMark mark = mine.get(criterion.id());
            entries.add(new CriterionEntry(
                    criterion.id(),
                    i + 1,
                    criterion.title().in(locale),
                    criterion.points(),
                    criterion.levels().stream()
                            .map(level -> new CriterionEntry.Level(
                                    level.points(), level.descriptor().in(locale)))
                            .toList(),
                    mark == null ? null : ReviewPages.points(mark.points().orElse(null)),
                    mark == null ? null : mark.feedback().orElse(null)));
        }
        criteria = entries;
        otherMarks = otherMarks(view, locale);
    }

    /** The examiner's open calibration of the same prompt, which live marking waits for. */
    private Long calibrationOf(AccountId examiner, String prompt) {
        return marking.assignments(examiner).stream()
                .filter(a -> a.role() == MarkingRole.CALIBRATION)
                .filter(a -> a.state() == MarkingState.ASSIGNED || a.state() == MarkingState.DRAFT)
                .filter(a -> a.promptKey().equals(prompt))
                .map(AssignmentSummary::id)
                .findFirst()
                .orElse(null);
    }

    private List<OtherMarkView> otherMarks(AssignmentView view, Locale locale) {
        boolean compare = view.state() == MarkingState.SUBMITTED;
        Map<Long, CriterionMark> mine = byCriterion(view.criteria());
        Map<MarkingRole, Integer> seen = new HashMap<>();
        List<OtherMarkView> others = new ArrayList<>();
        for (OtherMark other : view.otherMarks()) {
            int number = seen.merge(other.role(), 1, Integer::sum);
            Map<Long, CriterionMark> theirs = byCriterion(other.criteria());
            List<OtherMarkView.Row> rows = new ArrayList<>();
            for (RubricCriterion criterion : view.rubric()) {
                Optional<CriterionMark> their = Optional.ofNullable(theirs.get(criterion.id()));
                BigDecimal points = their.flatMap(CriterionMark::points).orElse(null);
                BigDecimal own = Optional.ofNullable(mine.get(criterion.id()))
                        .flatMap(CriterionMark::points)
                        .orElse(null);
                rows.add(new OtherMarkView.Row(
                        criterion.title().in(locale),
                        ReviewPages.points(points),
                        compare ? ReviewPages.difference(own, points) : "",
                        their.flatMap(CriterionMark::feedback).orElse(null)));
            }
            others.add(new OtherMarkView(
                    title(view.role(), other.role(), number),
                    ReviewPages.points(other.total()),
                    compare ? ReviewPages.difference(view.totalPoints(), other.total()) : "",
                    other.overallFeedback(),
                    other.reason(),
                    rows));
        }
        return others;
    }

    /** What another mark is to the reader: the co-marker's, the agreed one, or a marker's by number. */
    private static String title(MarkingRole reader, MarkingRole other, int number) {
        if (other == MarkingRole.AGREED) {
            return FacesMessages.text("review_mark.other.agreed");
        }
        if (other == MarkingRole.MARKER) {
            return reader == MarkingRole.MARKER
                    ? FacesMessages.text("review_mark.other.co_marker")
                    : FacesMessages.text("review_mark.other.marker", number);
        }
        return FacesMessages.text("MarkingRole." + other.name());
    }

    private static Map<Long, CriterionMark> byCriterion(List<CriterionMark> marks) {
        Map<Long, CriterionMark> byCriterion = new HashMap<>();
        marks.forEach(mark -> byCriterion.put(mark.criterionId(), mark));
        return byCriterion;
    }

    public String saveDraft() {
        return save(false);
    }

    public String submit() {
        return save(true);
    }

    private String save(boolean submitting) {
        List<CriterionMark> marks = new ArrayList<>();
        for (CriterionEntry entry : criteria) {
            String text = entry.getPoints();
            BigDecimal points = null;
            if (text != null && !text.isBlank()) {
                try {
                    points = new BigDecimal(text.strip());
                } catch (NumberFormatException e) {
                    FacesMessages.error(
                            null, "review.error.points_out_of_range", entry.getPosition(), entry.getMaxPoints());
                    return null;
                }
            }
            marks.add(new CriterionMark(entry.getCriterionId(), points, entry.getFeedback()));
        }
        MarksInput input = new MarksInput(version, marks, overallFeedback, isDecides() ? reason : null, submitting);
        try {
            marking.saveMarks(caller.requireAccountId(), markingId, input);
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return null;
        }
        FacesMessages.info(submitting ? "review_mark.message.submitted" : "review_mark.message.saved", scriptCode);
        ReviewPages.keepMessages();
        return "/review/mark?faces-redirect=true&assignment=" + markingId;
    }

    /** Points may be entered: the marking is open and waits for no calibration. */
    public boolean isEditable() {
        return isOpen() && !waitsForCalibration;
    }

    public boolean isOpen() {
        return state == MarkingState.ASSIGNED || state == MarkingState.DRAFT;
    }

    public boolean isSubmitted() {
        return state == MarkingState.SUBMITTED;
    }

    /** An adjudication or an appeal re-mark: it sets the final mark and needs a reason. */
    public boolean isDecides() {
        return role != null && role.decides();
    }

    /** The sum of the points entered that are whole numbers, as the form shows it before its script takes over. */
    public String getRunningTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (CriterionEntry entry : criteria) {
            String text = entry.getPoints();
            if (text != null && text.strip().matches("[0-9]{1,9}")) {
                total = total.add(new BigDecimal(text.strip()));
            }
        }
        return ReviewPages.points(total);
    }

    public int getFeedbackMaxLength() {
        return CriterionMark.MAX_FEEDBACK_LENGTH;
    }

    public String getAssignment() {
        return assignment;
    }

    public void setAssignment(String assignment) {
        this.assignment = assignment;
    }

    public long getMarkingId() {
        return markingId;
    }

    public String getScriptCode() {
        return scriptCode;
    }

    public MarkingRole getRole() {
        return role;
    }

    public MarkingState getState() {
        return state;
    }

    public String getPromptKey() {
        return promptKey;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getEssayText() {
        return essayText;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public String getDivergenceLimit() {
        return divergenceLimit;
    }

    public String getSavedTotal() {
        return savedTotal;
    }

    public String getSavedAt() {
        return savedAt;
    }

    public String getSubmittedAt() {
        return submittedAt;
    }

    public boolean isWaitsForCalibration() {
        return waitsForCalibration;
    }

    public Long getCalibrationMarkingId() {
        return calibrationMarkingId;
    }

    public List<CriterionEntry> getCriteria() {
        return criteria;
    }

    public String getOverallFeedback() {
        return overallFeedback;
    }

    public void setOverallFeedback(String overallFeedback) {
        this.overallFeedback = overallFeedback;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<OtherMarkView> getOtherMarks() {
        return otherMarks;
    }
}

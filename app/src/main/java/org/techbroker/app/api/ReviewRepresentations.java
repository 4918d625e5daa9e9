package org.techbroker.app.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbroker.certification.exam.RubricCriterion;
import org.techbroker.certification.review.Appeal;
import org.techbroker.certification.review.AppealState;
import org.techbroker.certification.review.AssignmentView;
import org.techbroker.certification.review.ConflictDeclaration;
import org.techbroker.certification.review.ConflictKind;
import org.techbroker.certification.review.CriterionMark;
import org.techbroker.certification.review.EssayFeedback;
import org.techbroker.certification.review.FinalBasis;
import org.techbroker.certification.review.FlagState;
import org.techbroker.certification.review.MarkingRole;
import org.techbroker.certification.review.MarkingState;
import org.techbroker.certification.review.OtherMark;
import org.techbroker.certification.review.PromptRow;
import org.techbroker.certification.review.ReferenceScriptRow;
import org.techbroker.certification.review.ReviewEvent;
import org.techbroker.certification.review.ReviewEventKind;
import org.techbroker.certification.review.ScriptRow;
import org.techbroker.certification.review.ScriptState;
import org.techbroker.certification.review.SimilarityFlag;
import org.techbroker.certification.review.agreement.AgreementReport;
import org.techbroker.certification.review.agreement.AgreementSummary;
import org.techbroker.certification.review.agreement.ExaminerAgreement;
import org.techbroker.certification.review.similarity.Passage;
import org.techbroker.courses.shared.AccountId;

/**
 * Essay review as the API shows it, in one language. Examiners and chief examiners read scripts by
 * their anonymous code: these records have no member that could hold a candidate's name, email,
 * account, organisation or attempt, and are built only from what the review services hand out,
 * which holds none of them either. Examiners appear to the chief examiner by username, never by
 * account id; a candidate's own acts (an appeal) appear without an actor. Candidates read their
 * feedback without knowing who gave it. Instants are ISO-8601 in UTC; absent values, and
 * statistics undefined for the data, are left out.
 */
public final class ReviewRepresentations {

    private ReviewRepresentations() {}

    /** A level descriptor of a rubric criterion. */
    @JsonbPropertyOrder({"points", "descriptor"})
    public record LevelView(int points, String descriptor) {}

    /** A rubric criterion: what examiners score, out of how many points. */
    @JsonbPropertyOrder({"id", "title", "points", "levels"})
    public record CriterionView(
            @Schema(description = "The criterion's id; marks name it as criterionId")
            long id,

            String title,
            @Schema(description = "The criterion's maximum") int points,
            List<LevelView> levels) {}

    /** Points and feedback of one criterion; points are absent in a draft until chosen. */
    @JsonbPropertyOrder({"criterionId", "points", "feedback"})
    public record MarkView(long criterionId, BigDecimal points, String feedback) {}

    /** Another submitted marking of the same script, where the reader may see it; never who gave it. */
    @JsonbPropertyOrder({"role", "criteria", "overallFeedback", "reason", "total"})
    public record OtherMarkView(
            MarkingRole role, List<MarkView> criteria, String overallFeedback, String reason, BigDecimal total) {}

    /** A marking as its examiner reads and marks it. */
    @JsonbPropertyOrder({
        "id",
        "scriptCode",
        "role",
        "state",
        "version",
        "promptKey",
        "prompt",
        "essayText",
        "maxPoints",
        "rubric",
        "criteria",
        "overallFeedback",
        "reason",
        "total",
        "savedAt",
        "submittedAt",
        "waitsForCalibration",
        "divergenceLimit",
        "otherMarks"
    })
    public record AssignmentDocument(
            long id,

            @Schema(description = "The script's anonymous code")
            String scriptCode,

            MarkingRole role,
            MarkingState state,

            @Schema(description = "Send it back with the marks; a save from an older version is refused (409)")
            long version,

            String promptKey,

            @Schema(description = "The essay prompt in the request's language")
            String prompt,

            String essayText,
            int maxPoints,
            List<CriterionView> rubric,

            @Schema(description = "The caller's own marks, in rubric order")
            List<MarkView> criteria,

            String overallFeedback,

            @Schema(description = "The reason of an adjudication or appeal re-mark")
            String reason,

            @Schema(description = "Once submitted") BigDecimal total,
            Instant savedAt,
            Instant submittedAt,

            @Schema(description = "A live marking stays closed until the prompt's reference scripts are marked")
            boolean waitsForCalibration,

            @Schema(description = "The largest difference between the two marks that still counts as agreement")
            BigDecimal divergenceLimit,

            @Schema(
                    description = "The co-marker's marks once both submitted; both markers' for the deciding chief "
                            + "examiner; the agreed mark after a calibration")
            List<OtherMarkView> otherMarks) {}

    /** A declared conflict of interest: an organisation, or a candidate by username. */
    @JsonbPropertyOrder({"id", "kind", "organisation", "candidate", "declaredAt"})
    public record ConflictView(
            long id,
            ConflictKind kind,
            String organisation,

            @Schema(description = "The username of the declared candidate")
            String candidate,

            Instant declaredAt) {}

    /** Agreement over a sitting's double-marked scripts; undefined figures are absent. */
    @JsonbPropertyOrder({"pairs", "meanPercent", "exactAgreement", "adjacentAgreement", "kappa", "icc"})
    public record AgreementSummaryView(
            int pairs,
            Double meanPercent,

            @Schema(description = "Fraction (0..1) of scripts given identical totals")
            Double exactAgreement,

            @Schema(description = "Fraction (0..1) whose totals differ by at most one point")
            Double adjacentAgreement,

            @Schema(description = "Quadratic-weighted Cohen's kappa of first against second marks")
            Double kappa,

            @Schema(description = "ICC(1,1) of the marks in percent of the maximum")
            Double icc) {}

    /** One examiner against their co-markers. */
    @JsonbPropertyOrder({
        "examiner",
        "scripts",
        "meanPercent",
        "severity",
        "exactAgreement",
        "adjacentAgreement",
        "kappa",
        "icc"
    })
    public record ExaminerAgreementView(
            @Schema(description = "Username") String examiner,
            int scripts,
            Double meanPercent,

            @Schema(
                    description = "Mean of own minus co-marker's mark in percent of the maximum: negative is severe, "
                            + "positive lenient")
            Double severity,

            Double exactAgreement,
            Double adjacentAgreement,
            Double kappa,
            Double icc) {}

    /** A sitting's agreement: overall, and per examiner (an examiner sees only their own line). */
    @JsonbPropertyOrder({"sittingId", "sitting", "examiners"})
    public record AgreementView(long sittingId, AgreementSummaryView sitting, List<ExaminerAgreementView> examiners) {}

    /** One marking of a script, as the chief examiner manages it. */
    @JsonbPropertyOrder({"id", "role", "examiner", "state", "total", "submittedAt"})
    public record MarkingRowView(
            long id,
            MarkingRole role,

            @Schema(description = "Username; absent while the place waits for an examiner")
            String examiner,

            MarkingState state,
            BigDecimal total,
            Instant submittedAt) {}

    /** A script as the chief examiner manages it: by code, never by candidate. */
    @JsonbPropertyOrder({
        "code",
        "promptKey",
        "maxPoints",
        "state",
        "finalPoints",
        "finalBasis",
        "divergenceLimit",
        "createdAt",
        "markings"
    })
    public record ScriptView(
            String code,
            String promptKey,
            int maxPoints,
            ScriptState state,
            BigDecimal finalPoints,
            FinalBasis finalBasis,
            BigDecimal divergenceLimit,
            Instant createdAt,
            List<MarkingRowView> markings) {}

    /** One line of a script's append-only history. */
    @JsonbPropertyOrder({"kind", "occurredAt", "actor", "markingId", "points", "detail"})
    public record EventView(
            ReviewEventKind kind,
            Instant occurredAt,

            @Schema(
                    description = "The examiner's username; absent when the system acted, and for the candidate's "
                            + "own acts")
            String actor,

            Long markingId,
            BigDecimal points,
            String detail) {}

    /** What filling the waiting places did. */
    public record AllocationView(
            @Schema(description = "Places given to an examiner")
            int filled) {}

    /** An essay prompt with the divergence threshold its new scripts get. */
    @JsonbPropertyOrder({"itemKey", "prompt", "maxPoints", "divergencePercent", "customised"})
    public record PromptView(
            String itemKey,
            String prompt,
            int maxPoints,
            int divergencePercent,

            @Schema(description = "Set by a chief examiner rather than the default")
            boolean customised) {}

    /** An examiner's calibration of a reference script. */
    @JsonbPropertyOrder({"examiner", "state", "points", "difference"})
    public record CalibrationView(
            String examiner,
            MarkingState state,
            BigDecimal points,

            @Schema(description = "Points minus the agreed mark")
            BigDecimal difference) {}

    /** A reference script: its agreed mark and how far each examiner's calibration was from it. */
    @JsonbPropertyOrder({
        "code",
        "promptKey",
        "maxPoints",
        "essayText",
        "agreedMarkingId",
        "agreedPoints",
        "retired",
        "calibrations"
    })
    public record ReferenceScriptView(
            String code,
            String promptKey,
            int maxPoints,
            String essayText,

            @Schema(description = "The chief examiner's marking that sets the agreed mark (marked like any other)")
            long agreedMarkingId,

            BigDecimal agreedPoints,
            boolean retired,
            List<CalibrationView> calibrations) {}

    /** A stretch of one script's text: [start, end) in characters, and the text itself. */
    @JsonbPropertyOrder({"start", "end", "text"})
    public record StretchView(int start, int end, String text) {}

    /** Matching passages of the two scripts, side by side. */
    @JsonbPropertyOrder({"first", "second"})
    public record PassageView(StretchView first, StretchView second) {}

    /** Two scripts of a sitting whose texts are alike; a flag never changes a mark. */
    @JsonbPropertyOrder({
        "id",
        "sittingId",
        "firstScript",
        "secondScript",
        "similarity",
        "passages",
        "state",
        "note",
        "detectedAt",
        "reviewedBy",
        "reviewedAt"
    })
    public record SimilarityFlagView(
            long id,
            long sittingId,
            String firstScript,
            String secondScript,

            @Schema(description = "Estimated Jaccard similarity of the texts' shingles, 0..1")
            BigDecimal similarity,

            List<PassageView> passages,
            FlagState state,
            String note,
            Instant detectedAt,

            @Schema(description = "Username of the chief examiner who gave the verdict")
            String reviewedBy,

            Instant reviewedAt) {}

    /** An appeal as the chief examiner follows it: by script code, never by candidate. */
    @JsonbPropertyOrder({
        "id",
        "scriptCode",
        "state",
        "reason",
        "lodgedAt",
        "pointsBefore",
        "pointsAfter",
        "decidedBy",
        "decidedAt"
    })
    public record AppealView(
            long id,
            String scriptCode,
            AppealState state,
            String reason,
            Instant lodgedAt,
            BigDecimal pointsBefore,
            BigDecimal pointsAfter,

            @Schema(description = "Username of the chief examiner who re-marked")
            String decidedBy,

            Instant decidedAt) {}

    /** One criterion of the candidate's feedback: the final points and every comment on it. */
    @JsonbPropertyOrder({"criterionId", "title", "maxPoints", "points", "comments"})
    public record CriterionFeedbackView(
            long criterionId,
            String title,
            int maxPoints,

            @Schema(description = "Absent while the essay is under review")
            BigDecimal points,

            List<String> comments) {}

    /** The candidate's appeal, as they see it. */
    @JsonbPropertyOrder({"state", "reason", "lodgedAt", "pointsBefore", "pointsAfter"})
    public record AppealStatusView(
            AppealState state, String reason, Instant lodgedAt, BigDecimal pointsBefore, BigDecimal pointsAfter) {}

    /** The feedback on one essay after the release. */
    @JsonbPropertyOrder({
        "itemId",
        "prompt",
        "maxPoints",
        "finalPoints",
        "basis",
        "underReview",
        "criteria",
        "overallComments",
        "appealUntil",
        "appealable",
        "appeal"
    })
    public record EssayFeedbackView(
            @Schema(description = "The essay's item id as the attempt shows it; appeals name it")
            long itemId,

            String prompt,
            int maxPoints,

            @Schema(description = "Absent while the essay is under review")
            BigDecimal finalPoints,

            FinalBasis basis,
            boolean underReview,
            List<CriterionFeedbackView> criteria,
            List<String> overallComments,

            @Schema(description = "The last moment an appeal is accepted")
            Instant appealUntil,

            boolean appealable,
            AppealStatusView appeal) {}

    /** The body of a marks save, for the API's description. */
    @Schema(
            name = "MarksBody",
            description = "version as last read (required); criteria with criterionId, points (whole, 0 to the "
                    + "criterion's maximum; null leaves a draft's criterion open) and feedback; overallFeedback; "
                    + "reason (required to submit an adjudication or appeal re-mark); submit (default false).")
    public record MarksBodySchema(
            long version, List<MarkView> criteria, String overallFeedback, String reason, boolean submit) {}

    static AssignmentDocument assignment(AssignmentView view, Locale locale) {
        return new AssignmentDocument(
                view.id(),
                view.scriptCode(),
                view.role(),
                view.state(),
                view.version(),
                view.promptKey(),
                view.prompt().in(locale),
                view.essayText(),
                view.maxPoints(),
                view.rubric().stream().map(c -> criterion(c, locale)).toList(),
                marks(view.criteria()),
                view.overallFeedback(),
                view.reason(),
                plain(view.totalPoints()),
                view.savedAt(),
                view.submittedAt(),
                view.waitsForCalibration(),
                plain(view.divergenceLimit()),
                view.otherMarks().stream().map(ReviewRepresentations::otherMark).toList());
    }

    static ConflictView conflict(ConflictDeclaration declaration, Function<AccountId, String> usernames) {
        return new ConflictView(
                declaration.id(),
                declaration.kind(),
                declaration.organisation().orElse(null),
                declaration.candidate().map(usernames).orElse(null),
                declaration.declaredAt());
    }

    static AgreementView agreement(long sittingId, AgreementReport report, Function<AccountId, String> usernames) {
        AgreementSummary sitting = report.sitting();
        return new AgreementView(
                sittingId,
                new AgreementSummaryView(
                        sitting.pairs(),
                        value(sitting.meanPercent()),
                        value(sitting.exactAgreement()),
                        value(sitting.adjacentAgreement()),
                        value(sitting.kappa()),
                        value(sitting.icc())),
                report.examiners().stream()
                        .map(line -> examinerAgreement(line, usernames))
                        .toList());
    }

    static ScriptView script(ScriptRow row, Function<AccountId, String> usernames) {
        return new ScriptView(
                row.code(),
                row.promptKey(),
                row.maxPoints(),
                row.state(),
                plain(row.finalPoints()),
                row.finalBasis(),
                plain(row.divergenceLimit()),
                row.createdAt(),
                row.markings().stream()
                        .map(m -> new MarkingRowView(
                                m.id(),
                                m.role(),
                                m.examiner() == null ? null : usernames.apply(m.examiner()),
                                m.state(),
                                plain(m.totalPoints()),
                                m.submittedAt()))
                        .toList());
    }

    /**
     * A history line for the chief examiner. The candidate lodges an appeal, so that act shows no
     * actor; allocations name examiners by account id in their detail, which is rewritten with
     * usernames, as examiners are shown everywhere else.
     */
    static EventView event(ReviewEvent event, Function<AccountId, String> usernames) {
        boolean candidatesAct = event.kind() == ReviewEventKind.APPEAL_LODGED;
        String detail = event.detail().orElse(null);
        if (detail != null
                && (event.kind() == ReviewEventKind.ALLOCATED || event.kind() == ReviewEventKind.REASSIGNED)) {
            detail = Arrays.stream(detail.split(" "))
                    .map(word -> word.matches("\\d{1,18}") ? usernameOrDash(usernames, word) : word)
                    .collect(Collectors.joining(" "));
        }
        return new EventView(
                event.kind(),
                event.occurredAt(),
                candidatesAct ? null : event.actor().map(usernames).orElse(null),
                event.markingId().orElse(null),
                plain(event.points().orElse(null)),
                candidatesAct ? null : detail);
    }

    static PromptView prompt(PromptRow row, Locale locale) {
        return new PromptView(
                row.itemKey(), row.prompt().in(locale), row.maxPoints(), row.divergencePercent(), row.customised());
    }

    static ReferenceScriptView referenceScript(ReferenceScriptRow row, Function<AccountId, String> usernames) {
        return new ReferenceScriptView(
                row.code(),
                row.promptKey(),
                row.maxPoints(),
                row.essayText(),
                row.agreedMarkingId(),
                plain(row.agreedPoints()),
                row.retired(),
                row.results().stream()
                        .map(r -> new CalibrationView(
                                r.examiner() == null ? null : usernames.apply(r.examiner()),
                                r.state(),
                                plain(r.points()),
                                plain(r.difference())))
                        .toList());
    }

    static SimilarityFlagView similarityFlag(SimilarityFlag flag, Function<AccountId, String> usernames) {
        String first = flag.first().essayText();
        String second = flag.second().essayText();
        return new SimilarityFlagView(
                flag.id(),
                flag.sittingId(),
                flag.first().code(),
                flag.second().code(),
                flag.similarity(),
                flag.passages().stream().map(p -> passage(p, first, second)).toList(),
                flag.state(),
                flag.note().orElse(null),
                flag.detectedAt(),
                flag.reviewedBy().map(usernames).orElse(null),
                flag.reviewedAt().orElse(null));
    }

    static AppealView appeal(Appeal appeal, Function<AccountId, String> usernames) {
        return new AppealView(
                appeal.id(),
                appeal.script().code(),
                appeal.state(),
                appeal.reason(),
                appeal.lodgedAt(),
                plain(appeal.pointsBefore()),
                plain(appeal.pointsAfter().orElse(null)),
                appeal.decidedBy().map(usernames).orElse(null),
                appeal.decidedAt().orElse(null));
    }

    static EssayFeedbackView feedback(EssayFeedback feedback, Locale locale) {
        EssayFeedback.AppealStatus appeal = feedback.appeal();
        return new EssayFeedbackView(
                feedback.itemId(),
                feedback.prompt().in(locale),
                feedback.maxPoints(),
                plain(feedback.finalPoints()),
                feedback.basis(),
                feedback.underReview(),
                feedback.criteria().stream()
                        .map(c -> new CriterionFeedbackView(
                                c.criterion().id(),
                                c.criterion().title().in(locale),
                                c.criterion().points(),
                                plain(c.points()),
                                c.feedback()))
                        .toList(),
                feedback.overallFeedback(),
                feedback.appealUntil(),
                feedback.appealable(),
                appeal == null
                        ? null
                        : new AppealStatusView(
                                appeal.state(),
                                appeal.reason(),
                                appeal.lodgedAt(),
                                plain(appeal.pointsBefore()),
                                plain(appeal.pointsAfter())));
    }

    private static ExaminerAgreementView examinerAgreement(
            ExaminerAgreement line, Function<AccountId, String> usernames) {
        return new ExaminerAgreementView(
                usernames.apply(new AccountId(line.examiner())),
                line.scripts(),
                value(line.meanPercent()),
                value(line.severity()),
                value(line.exactAgreement()),
                value(line.adjacentAgreement()),
                value(line.kappa()),
                value(line.icc()));
    }

    private static CriterionView criterion(RubricCriterion criterion, Locale locale) {
        return new CriterionView(
                criterion.id(),
                criterion.title().in(locale),
                criterion.points(),
                criterion.levels().stream()
                        .map(level ->
                                new LevelView(level.points(), level.descriptor().in(locale)))
                        .toList());
    }

    private static List<MarkView> marks(List<CriterionMark> marks) {
        return marks.stream()
                .map(mark -> new MarkView(
                        mark.criterionId(),
                        plain(mark.points().orElse(null)),
                        mark.feedback().orElse(null)))
                .toList();
    }

    private static OtherMarkView otherMark(OtherMark mark) {
        return new OtherMarkView(
                mark.role(), marks(mark.criteria()), mark.overallFeedback(), mark.reason(), plain(mark.total()));
    }

    private static PassageView passage(Passage passage, String first, String second) {
        return new PassageView(
                stretch(first, passage.startA(), passage.endA()), stretch(second, passage.startB(), passage.endB()));
    }

    private static StretchView stretch(String text, int start, int end) {
        int from = Math.min(start, text.length());
        int to = Math.min(end, text.length());
        return new StretchView(start, end, text.substring(from, to));
    }

    private static String usernameOrDash(Function<AccountId, String> usernames, String accountId) {
        String username = usernames.apply(new AccountId(Long.parseLong(accountId)));
        return username == null ? "-" : username;
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() && Double.isFinite(value.getAsDouble()) ? value.getAsDouble() : null;
    }

    private static BigDecimal plain(BigDecimal value) {
        return ExamRepresentations.plain(value);
    }
}

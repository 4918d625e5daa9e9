package org.techbroker.app.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.app.account.PersonalDetails;
import org.techbroker.app.account.Role;
import org.techbroker.app.database.DatabaseReady;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.AttemptItem;
import org.techbroker.certification.exam.AttemptStart;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.ExamRepository;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.certification.exam.ItemOption;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.ItemVersion;
import org.techbroker.certification.exam.RubricCriterion;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.certification.exam.SittingTerms;
import org.techbroker.certification.review.AssignmentSummary;
import org.techbroker.certification.review.AssignmentView;
import org.techbroker.certification.review.ChiefReview;
import org.techbroker.certification.review.CriterionMark;
import org.techbroker.certification.review.MarkingRole;
import org.techbroker.certification.review.MarkingService;
import org.techbroker.certification.review.MarksInput;
import org.techbroker.certification.review.ReferenceScriptRow;
import org.techbroker.certification.review.ReviewRepository;
import org.techbroker.certification.review.Script;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.shared.AccountId;

/**
 * The demo marking cycle, so that a newcomer can walk it with the demo accounts: a second junior
 * sitting that six demo candidates (the demo trainee among them) sat and submitted, each with an
 * essay from {@code content/review/demo-essays.json}. The demo trainee's essay is marked by both
 * examiners and their results released, so the trainee reads the feedback; a second script was
 * marked far apart and waits for {@code chief}; one has a first mark only; the rest wait for
 * {@code examiner1} and {@code examiner2}. {@code examiner2} declared a conflict with one
 * candidate's organisation, so that script went to someone else. Each prompt has a reference
 * script with the chief's agreed mark; {@code examiner1} has calibrated on it, {@code examiner2}
 * calibrates before marking that prompt. Skipped when the sitting exists (a restart changes
 * nothing) or when the demo exam could not be made.
 */
@ApplicationScoped
public class DemoReview {

    private static final Logger LOG = Logger.getLogger(DemoReview.class.getName());

    static final BilingualText TITLE =
            new BilingualText("初级技术经纪人资格考试（演示·论文评阅）", "Junior technology broker exam (demo, essay review)");

    static final String ESSAYS = "/content/review/demo-essays.json";

    static final String EXAMINER_1 = "examiner1";
    static final String EXAMINER_2 = "examiner2";
    static final String CHIEF = "chief";

    /** The organisation examiner2 declared a conflict with, and the candidate who belongs to it. */
    static final String CONFLICTED_ORGANISATION = "前海技术交易服务中心";

    /** The demo candidates besides the demo trainee: who they are, and where they work. */
    static final List<PersonalDetails> CANDIDATES = List.of(
            new PersonalDetails("candidate1", "candidate1@demo.techbroker.org", "张伟", "ZHANG Wei", "深圳湾科技孵化器"),
            new PersonalDetails("candidate2", "candidate2@demo.techbroker.org", "黄静", "HUANG Jing", "光明科学城成果转化平台"),
            new PersonalDetails("candidate3", "candidate3@demo.techbroker.org", "吴磊", "WU Lei", "龙岗区中小企业服务中心"),
            new PersonalDetails("candidate4", "candidate4@demo.techbroker.org", "孙悦", "SUN Yue", "深圳湾科技孵化器"),
            new PersonalDetails(
                    "candidate5", "candidate5@demo.techbroker.org", "郑楠", "ZHENG Nan", CONFLICTED_ORGANISATION));

    @Inject
    DemoData demoData;

    @Inject
    DemoExam demoExam;

    @Inject
    AccountService accounts;

    @Inject
    ExamAdministration administration;

    @Inject
    ExamService exams;

    @Inject
    ExamRepository examRepository;

    @Inject
    ReviewRepository reviews;

    @Inject
    MarkingService marking;

    @Inject
    ChiefReview chiefReview;

    @Inject
    DemoTransaction demoTransaction;

    @Inject
    Clock clock;

    /** One transaction: a failure leaves no half-made review demo behind, and never stops the server. */
    @ActivateRequestContext
    void onDatabaseReady(@Observes @Priority(DemoData.PRIORITY + 200) DatabaseReady ready) {
        if (!demoData.isWanted()) {
            return;
        }
        demoTransaction.run("Demo essay review", this::load);
    }

    private Optional<String> load() {
        boolean exists =
                administration.sittings().stream().anyMatch(s -> s.title().equals(TITLE));
        if (exists || administration.blueprint(DemoExam.LEVEL).isEmpty()) {
            return Optional.empty();
        }
        Optional<AccountId> trainee = accounts.findByUsername(DemoData.TRAINEE).map(Account::id);
        Optional<AccountId> examiner1 = accounts.findByUsername(EXAMINER_1).map(Account::id);
        Optional<AccountId> examiner2 = accounts.findByUsername(EXAMINER_2).map(Account::id);
        Optional<AccountId> chief = accounts.findByUsername(CHIEF).map(Account::id);
        if (trainee.isEmpty() || examiner1.isEmpty() || examiner2.isEmpty() || chief.isEmpty()) {
            return Optional.of("Demo essay review skipped: a demo account is missing");
        }
        JsonObject prompts = essays().getJsonObject("prompts");
        marking.declareOrganisation(examiner2.get(), CONFLICTED_ORGANISATION);

        List<AccountId> candidates = new ArrayList<>();
        candidates.add(trainee.get());
        for (PersonalDetails details : CANDIDATES) {
            Account account = accounts.findByUsername(details.username())
                    .orElseGet(() ->
                            accounts.create(details, DemoData.PASSWORD, EnumSet.of(Role.TRAINEE), Actor.system()));
            candidates.add(account.id());
        }
        Instant now = clock.instant();
        Sitting sitting = administration.createSitting(
                DemoExam.LEVEL,
                new SittingTerms(
                        TITLE, now.minus(Duration.ofHours(2)), now.plus(Duration.ofMinutes(10)), candidates.size()));

        // Candidate i writes essay i of the prompt their form drew: the trainee the strong one, the
        // next the one examiners read far apart, candidate4 a copy of candidate2's (when they drew alike).
        Map<AccountId, DemoScript> scripts = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            AccountId candidate = candidates.get(i);
            demoExam.completeCourses(candidate, sitting.requiredCourses());
            exams.register(candidate, sitting.id());
            AttemptStart start = exams.start(candidate, sitting.id());
            String promptKey = null;
            int answered = 0;
            for (AttemptItem item :
                    examRepository.findAttempt(start.attemptId()).orElseThrow().items()) {
                ItemVersion version = item.itemVersion();
                if (version.type() == ItemType.ESSAY) {
                    promptKey = version.item().key();
                    JsonObject essay = prompts.getJsonObject(promptKey)
                            .getJsonArray("essays")
                            .getJsonObject(i);
                    exams.save(
                            candidate,
                            start.attemptId(),
                            version.id(),
                            new AnswerInput.EssayText(essay.getString("text")));
                    scripts.put(candidate, new DemoScript(start.attemptId(), version, essay));
                } else if (answered++ % (i + 4) != 1) {
                    // Everyone leaves one item in a few unanswered: the trainee one in four, later candidates fewer.
                    exams.save(candidate, start.attemptId(), version.id(), rightAnswer(version));
                }
            }
            exams.submit(candidate, start.attemptId());
        }

        // The trainee's essay: both examiners mark, close together; the final mark is their mean.
        DemoScript traineeScript = scripts.get(trainee.get());
        markBoth(traineeScript, examiner1.get(), examiner2.get(), true);
        // The next candidate's: both mark, far apart; it waits for the chief examiner.
        markBoth(scripts.get(candidates.get(1)), examiner1.get(), examiner2.get(), true);
        // The one after: the first examiner has marked, the second not yet.
        markBoth(scripts.get(candidates.get(2)), examiner1.get(), examiner2.get(), false);

        administration.releaseResults(sitting.id());
        chiefReview.detectSimilarity(sitting.id());
        int references = referenceScripts(prompts, chief.get(), examiner1.get());
        return Optional.of("Demo essay review: sitting " + sitting.id() + " with " + candidates.size()
                + " submitted scripts, results released; " + references + " reference scripts");
    }

    /** Marks a script as examiner1 and (when {@code both}) examiner2, with the marks the demo file gives. */
    private void markBoth(DemoScript script, AccountId examiner1, AccountId examiner2, boolean both) {
        Script live = reviews.liveScriptsOfAttempt(script.attemptId()).get(0);
        submit(examiner1, live, MarkingRole.MARKER, script.essay().getJsonObject("first"));
        if (both) {
            submit(examiner2, live, MarkingRole.MARKER, script.essay().getJsonObject("second"));
        }
    }

    private void submit(AccountId examiner, Script script, MarkingRole role, JsonObject marks) {
        AssignmentSummary assignment = marking.assignments(examiner).stream()
                .filter(a -> a.scriptCode().equals(script.code()) && a.role() == role)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Demo script " + script.code() + " was not given to examiner " + examiner.value()));
        AssignmentView view = marking.assignment(examiner, assignment.id());
        marking.saveMarks(examiner, assignment.id(), marks(view, marks, 0));
    }

    /**
     * The chief's reference script for each prompt with its agreed mark; examiner1 calibrates on
     * it, two points under the agreed mark on the first criterion, so the comparison has something to show.
     */
    private int referenceScripts(JsonObject prompts, AccountId chief, AccountId examiner1) {
        int count = 0;
        for (String promptKey : prompts.keySet()) {
            JsonObject reference = prompts.getJsonObject(promptKey).getJsonObject("reference");
            ReferenceScriptRow row = chiefReview.addReferenceScript(chief, promptKey, reference.getString("text"));
            AssignmentView agreed = marking.assignment(chief, row.agreedMarkingId());
            marking.saveMarks(chief, row.agreedMarkingId(), marks(agreed, reference.getJsonObject("agreed"), 0));
            marking.assignments(examiner1).stream()
                    .filter(a -> a.scriptCode().equals(row.code()) && a.role() == MarkingRole.CALIBRATION)
                    .findFirst()
                    .ifPresent(a -> marking.saveMarks(
                            examiner1,
                            a.id(),
                            marks(marking.assignment(examiner1, a.id()), reference.getJsonObject("agreed"), -2)));
            count++;
        }
        return count;
    }

    /** The submission of the demo file's marks; {@code firstCriterionShift} moves the first criterion's points. */
    private static MarksInput marks(AssignmentView view, JsonObject marks, int firstCriterionShift) {
        JsonArray points = marks.getJsonArray("points");
        JsonArray feedback = marks.getJsonArray("feedback");
        List<CriterionMark> criteria = new ArrayList<>();
        List<RubricCriterion> rubric = view.rubric();
        for (int c = 0; c < rubric.size(); c++) {
            int given = points.getJsonNumber(c).intValue() + (c == 0 ? firstCriterionShift : 0);
            int bounded = Math.max(0, Math.min(rubric.get(c).points(), given));
            criteria.add(new CriterionMark(
                    rubric.get(c).id(),
                    BigDecimal.valueOf(bounded),
                    feedback.getJsonString(c).getString()));
        }
        return new MarksInput(view.version(), criteria, marks.getString("overall"), null, true);
    }

    private static AnswerInput rightAnswer(ItemVersion version) {
        if (version.type() == ItemType.NUMERIC) {
            return new AnswerInput.NumericValue(version.numericAnswer().orElseThrow());
        }
        return new AnswerInput.Selected(version.options().stream()
                .filter(ItemOption::isCorrect)
                .map(ItemOption::id)
                .toList());
    }

    private static JsonObject essays() {
        InputStream in = DemoReview.class.getResourceAsStream(ESSAYS);
        if (in == null) {
            throw new IllegalStateException("No " + ESSAYS);
        }
        try (JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    /** A demo candidate's submitted essay and the marks the demo file gives it. */
    private record DemoScript(long attemptId, ItemVersion prompt, JsonObject essay) {}
}

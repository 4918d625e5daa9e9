package org.techbroker.liberty.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.app.account.Role;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.AttemptStart;
import org.techbroker.certification.exam.AttemptView;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.review.AssignmentSummary;
import org.techbroker.certification.review.AssignmentView;
import org.techbroker.certification.review.ChiefReview;
import org.techbroker.certification.review.CriterionMark;
import org.techbroker.certification.review.MarkingRole;
import org.techbroker.certification.review.MarkingService;
import org.techbroker.certification.review.MarksInput;
import org.techbroker.certification.review.ReviewRepository;
import org.techbroker.certification.review.Script;
import org.techbroker.certification.review.ScriptRow;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.liberty.support.ExamFixtures.SeededExam;

/**
 * Essays under review that tests seed for themselves. Scripts go to whichever examiners the
 * server has (the demo's, other tests'), so a test gives its scripts to its own examiners with
 * the chief examiner's reassignment, which keeps every allocation rule.
 */
@ApplicationScoped
@Transactional
public class ReviewFixtures {

    @Inject
    AccountService accounts;

    @Inject
    ExamFixtures exams;

    @Inject
    ExamService examService;

    @Inject
    ExamAdministration administration;

    @Inject
    ReviewRepository reviews;

    @Inject
    ChiefReview chief;

    @Inject
    MarkingService marking;

    /** A person who may mark essays (and adjudicate, when {@code chief}); the test logs in with it. */
    public TestAccount examiner(String purpose, boolean chiefExaminer) {
        TestAccount examiner = TestAccount.fresh(purpose);
        Set<Role> roles = chiefExaminer ? EnumSet.of(Role.EXAMINER, Role.CHIEF_EXAMINER) : EnumSet.of(Role.EXAMINER);
        accounts.create(examiner.details(), examiner.password(), roles, Actor.system());
        return examiner;
    }

    /** A new trainee who sat the exam and submitted these essays (one text per essay of the form). */
    public SubmittedScripts submittedEssays(SeededExam exam, List<String> texts) {
        TestAccount candidate = TestAccount.fresh("cand");
        accounts.create(candidate.details(), candidate.password(), EnumSet.of(Role.TRAINEE), Actor.system());
        AccountId id = exams.accountOf(candidate.username());
        exams.register(id, exam);
        AttemptStart start = examService.start(id, exam.sittingId());
        AttemptView attempt = examService.attempt(id, start.attemptId());
        List<AttemptView.Item> essays =
                attempt.items().stream().filter(i -> i.type() == ItemType.ESSAY).toList();
        for (int i = 0; i < essays.size() && i < texts.size(); i++) {
            examService.save(id, start.attemptId(), essays.get(i).id(), new AnswerInput.EssayText(texts.get(i)));
        }
        examService.submit(id, start.attemptId());
        List<String> codes = new ArrayList<>();
        List<Long> itemIds = new ArrayList<>();
        for (Script script : reviews.liveScriptsOfAttempt(start.attemptId())) {
            codes.add(script.code());
            itemIds.add(script.prompt().id());
        }
        return new SubmittedScripts(candidate, id.value(), start.attemptId(), codes, itemIds);
    }

    /**
     * Gives the script's open markings of the role to these examiners, in order, as a chief
     * examiner's reassignment does; markings already theirs stay.
     */
    public void assign(String scriptCode, MarkingRole role, List<String> usernames) {
        List<AccountId> wanted = usernames.stream().map(exams::accountOf).toList();
        AccountId system = wanted.get(0);
        ScriptRow row = reviews.findScript(scriptCode)
                .map(s -> chief.scripts(s.sittingId().orElseThrow()).stream()
                        .filter(r -> r.code().equals(scriptCode))
                        .findFirst()
                        .orElseThrow())
                .orElseThrow(() -> new IllegalArgumentException("No script " + scriptCode));
        List<AccountId> missing = new ArrayList<>(wanted);
        List<ScriptRow.MarkingRow> others = new ArrayList<>();
        for (ScriptRow.MarkingRow marking : row.markings()) {
            if (marking.role() == role && marking.open()) {
                if (marking.examiner() != null && missing.remove(marking.examiner())) {
                    continue;
                }
                others.add(marking);
            }
        }
        for (int i = 0; i < others.size() && i < missing.size(); i++) {
            chief.reassign(system, others.get(i).id(), missing.get(i));
        }
    }

    /**
     * Submits the examiner's open marker marking of the script with these points, criterion by
     * criterion in rubric order, through the examiner's own use case.
     */
    public void submitMarks(String scriptCode, String username, List<BigDecimal> points) {
        AccountId examiner = exams.accountOf(username);
        AssignmentSummary held = marking.assignments(examiner).stream()
                .filter(a -> a.scriptCode().equals(scriptCode) && a.role() == MarkingRole.MARKER)
                .filter(a -> a.submittedAt() == null)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No open marking of " + scriptCode));
        AssignmentView view = marking.assignment(examiner, held.id());
        List<CriterionMark> marks = new ArrayList<>();
        for (int i = 0; i < view.rubric().size(); i++) {
            marks.add(new CriterionMark(view.rubric().get(i).id(), points.get(i), null));
        }
        marking.saveMarks(examiner, held.id(), new MarksInput(view.version(), marks, null, null, true));
    }

    /** A reference script of the prompt written by this chief examiner, as their own pages add one; its code. */
    public String addReferenceScript(String chiefUsername, String itemKey, String text) {
        return chief.addReferenceScript(exams.accountOf(chiefUsername), itemKey, text)
                .code();
    }

    /** Retires a reference script, so that live markings of its prompt in other tests never wait for it. */
    public void retireReferenceScript(String code) {
        chief.retireReferenceScript(code);
    }

    public void releaseResults(long sittingId) {
        administration.releaseResults(sittingId);
    }

    /** What a test needs of a submitted attempt's scripts; codes and item ids in the same order. */
    public record SubmittedScripts(
            TestAccount candidate, long candidateId, long attemptId, List<String> codes, List<Long> itemIds) {
        public JsonObject toJson() {
            return Json.createObjectBuilder()
                    .add("username", candidate.username())
                    .add("password", candidate.password())
                    .add("email", candidate.email())
                    .add("candidateId", candidateId)
                    .add("attemptId", attemptId)
                    .add("codes", Json.createArrayBuilder(codes))
                    .add("itemIds", Json.createArrayBuilder(itemIds))
                    .build();
        }
    }
}

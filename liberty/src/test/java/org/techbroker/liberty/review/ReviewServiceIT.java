package org.techbroker.liberty.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.exam.RubricCriterion;
import org.techbroker.certification.review.AssignmentSummary;
import org.techbroker.certification.review.AssignmentView;
import org.techbroker.certification.review.ChiefReview;
import org.techbroker.certification.review.CriterionMark;
import org.techbroker.certification.review.ExaminerDirectory;
import org.techbroker.certification.review.FinalBasis;
import org.techbroker.certification.review.MarkingRole;
import org.techbroker.certification.review.MarkingService;
import org.techbroker.certification.review.MarksInput;
import org.techbroker.certification.review.ReferenceScriptRow;
import org.techbroker.certification.review.ReviewEventKind;
import org.techbroker.certification.review.ScriptRow;
import org.techbroker.certification.review.ScriptState;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.liberty.support.CourseFixtures;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.ExamFixtures;
import org.techbroker.liberty.support.ExamFixtures.SeededExam;
import org.techbroker.liberty.support.ReviewFixtures;
import org.techbroker.liberty.support.ReviewFixtures.SubmittedScripts;
import org.techbroker.liberty.support.SeededCourse;
import org.techbroker.liberty.support.TestAccount;

/**
 * In the server, against the real database: what must hold when people act at once (two markers
 * submitting together, two saves of one marking), allocation around declared conflicts, the chief
 * who adjudicates, and calibration before live marking. Each test seeds its own sitting, examiners
 * and candidates; the seeded essay is 100 points in four criteria of 25, so the limit is 15 points.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(
                ReviewServiceIT.class,
                CourseFixtures.class,
                SeededCourse.class,
                ExamFixtures.class,
                SeededExam.class,
                ReviewFixtures.class,
                SubmittedScripts.class);
    }

    @Inject
    ExamFixtures exams;

    @Inject
    ReviewFixtures fixtures;

    @Inject
    MarkingService marking;

    @Inject
    ChiefReview chief;

    @Inject
    ExaminerDirectory directory;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void twoMarkersSubmittingAtOnceSettleTheScriptExactlyOnce() throws Exception {
        SeededExam exam = exams.exam(60, 1, 20, 60);
        TestAccount first = fixtures.examiner("exa", false);
        TestAccount second = fixtures.examiner("exb", false);
        for (int round = 0; round < 5; round++) {
            SubmittedScripts scripts = fixtures.submittedEssays(exam, List.of("技术合同的订立需要双方明确权利义务。" + round));
            String code = scripts.codes().get(0);
            fixtures.assign(code, MarkingRole.MARKER, List.of(first.username(), second.username()));
            AccountId a = exams.accountOf(first.username());
            AccountId b = exams.accountOf(second.username());
            AssignmentView viewA = view(a, code, MarkingRole.MARKER);
            AssignmentView viewB = view(b, code, MarkingRole.MARKER);

            List<Future<AssignmentView>> results = atOnce(
                    () -> marking.saveMarks(a, viewA.id(), marks(viewA, 20, 20, 15, 15, true)),
                    () -> marking.saveMarks(b, viewB.id(), marks(viewB, 20, 15, 15, 15, true)));
            for (Future<AssignmentView> result : results) {
                assertThat(result.get().totalPoints()).isNotNull();
            }

            ScriptRow row = row(exam, code);
            assertThat(row.state()).isEqualTo(ScriptState.FINAL);
            assertThat(row.finalBasis()).isEqualTo(FinalBasis.MEAN);
            assertThat(row.finalPoints()).isEqualByComparingTo("67.5");
            assertThat(chief.history(code))
                    .filteredOn(e -> e.kind() == ReviewEventKind.FINALISED)
                    .hasSize(1);
            assertThat(chief.history(code))
                    .filteredOn(e -> e.kind() == ReviewEventKind.MARK_SUBMITTED)
                    .hasSize(2);
        }
    }

    @Test
    void twoSavesOfOneMarkingFromTheSameVersionNeverOverwriteEachOther() throws Exception {
        SeededExam exam = exams.exam(60, 1, 10, 60);
        TestAccount examiner = fixtures.examiner("tabs", false);
        TestAccount other = fixtures.examiner("other", false);
        SubmittedScripts scripts = fixtures.submittedEssays(exam, List.of("论技术经纪人在技术转移中的作用。"));
        String code = scripts.codes().get(0);
        fixtures.assign(code, MarkingRole.MARKER, List.of(examiner.username(), other.username()));
        AccountId id = exams.accountOf(examiner.username());
        AssignmentView read = view(id, code, MarkingRole.MARKER);

        List<Future<AssignmentView>> results = atOnce(
                () -> marking.saveMarks(id, read.id(), marks(read, 25, 25, 25, 25, false)),
                () -> marking.saveMarks(id, read.id(), marks(read, 5, 5, 5, 5, false)));

        List<AssignmentView> saved = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Future<AssignmentView> result : results) {
            try {
                saved.add(result.get());
            } catch (ExecutionException e) {
                refused.add(((CertificationException) e.getCause()).messageKey());
            }
        }
        assertThat(saved).hasSize(1);
        assertThat(refused).containsExactly("review.error.marking_changed");
        AssignmentView now = marking.assignment(id, read.id());
        assertThat(now.criteria()).isEqualTo(saved.get(0).criteria());
        assertThat(now.version()).isEqualTo(read.version() + 1);
    }

    @Test
    void divergentMarksGoToAChiefExaminerWhoMarkedNeither() {
        SeededExam exam = exams.exam(60, 1, 10, 60);
        TestAccount first = fixtures.examiner("lenient", false);
        TestAccount second = fixtures.examiner("strict", false);
        fixtures.examiner("chief", true);
        SubmittedScripts scripts = fixtures.submittedEssays(exam, List.of("技术成果评估应兼顾收益法与成本法。"));
        String code = scripts.codes().get(0);
        fixtures.assign(code, MarkingRole.MARKER, List.of(first.username(), second.username()));
        AccountId a = exams.accountOf(first.username());
        AccountId b = exams.accountOf(second.username());

        AssignmentView viewA = view(a, code, MarkingRole.MARKER);
        marking.saveMarks(a, viewA.id(), marks(viewA, 25, 25, 20, 20, true));
        AssignmentView viewB = view(b, code, MarkingRole.MARKER);
        marking.saveMarks(b, viewB.id(), marks(viewB, 10, 10, 10, 10, true));

        ScriptRow row = row(exam, code);
        assertThat(row.state()).isEqualTo(ScriptState.ADJUDICATION);
        assertThat(row.finalPoints()).isNull();
        ScriptRow.MarkingRow decision = row.markings().stream()
                .filter(m -> m.role() == MarkingRole.ADJUDICATION)
                .findFirst()
                .orElseThrow();
        assertThat(decision.examiner()).isNotNull().isNotIn(a, b);
        assertThat(directory.examiners())
                .filteredOn(e -> e.id().equals(decision.examiner()))
                .singleElement()
                .satisfies(e -> assertThat(e.chief()).isTrue());
        assertThat(chief.awaitingDecision()).extracting(ScriptRow::code).contains(code);
    }

    @Test
    void anExaminerWhoDeclaredTheCandidatesOrganisationNeverGetsTheirScripts() {
        SeededExam exam = exams.exam(60, 1, 10, 60);
        TestAccount conflicted = fixtures.examiner("conflicted", false);
        AccountId examiner = exams.accountOf(conflicted.username());
        // Every test account works for "Techbroker tests"; the declaration ignores case and spaces.
        marking.declareOrganisation(examiner, "  techbroker TESTS ");

        for (int i = 0; i < 3; i++) {
            SubmittedScripts scripts = fixtures.submittedEssays(exam, List.of("对技术需求进行对接的步骤。" + i));
            String code = scripts.codes().get(0);
            ScriptRow.MarkingRow open = row(exam, code).markings().get(0);
            assertThat(chief.eligibleExaminers(open.id())).doesNotContain(examiner);
            assertThatThrownBy(() -> chief.reassign(examiner, open.id(), examiner))
                    .isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("review.error.examiner_not_eligible"));
            assertThatThrownBy(() -> fixtures.assign(code, MarkingRole.MARKER, List.of(conflicted.username())))
                    .isInstanceOf(CertificationException.class);
        }
        assertThat(marking.assignments(examiner)).isEmpty();
    }

    @Test
    void liveMarkingOfAPromptWaitsUntilTheExaminerCalibratedOnItsReferenceScript() {
        SeededExam exam = exams.exam(60, 1, 10, 60);
        TestAccount examinerAccount = fixtures.examiner("calib", false);
        TestAccount other = fixtures.examiner("calib2", false);
        TestAccount chiefAccount = fixtures.examiner("chiefcal", true);
        AccountId examiner = exams.accountOf(examinerAccount.username());
        AccountId chiefId = exams.accountOf(chiefAccount.username());
        SubmittedScripts first = fixtures.submittedEssays(exam, List.of("技术许可合同的主要条款。"));
        String promptKey = row(exam, first.codes().get(0)).promptKey();

        ReferenceScriptRow reference = chief.addReferenceScript(chiefId, promptKey, "一篇用于校准的参考答卷。");
        AssignmentView agreed = marking.assignment(chiefId, reference.agreedMarkingId());
        marking.saveMarks(chiefId, agreed.id(), marks(agreed, 20, 15, 15, 10, true));

        SubmittedScripts live = fixtures.submittedEssays(exam, List.of("技术转让中的风险分担。"));
        String code = live.codes().get(0);
        fixtures.assign(code, MarkingRole.MARKER, List.of(examinerAccount.username(), other.username()));
        AssignmentView liveView = view(examiner, code, MarkingRole.MARKER);
        assertThat(liveView.waitsForCalibration())
                .as("%s / %s / %s", marking.assignments(examiner), promptKey, liveView.promptKey())
                .isTrue();
        assertThatThrownBy(() -> marking.saveMarks(examiner, liveView.id(), marks(liveView, 10, 10, 10, 10, false)))
                .isInstanceOfSatisfying(CertificationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("review.error.calibration_first"));

        AssignmentView calibration = view(examiner, reference.code(), MarkingRole.CALIBRATION);
        assertThat(calibration.otherMarks()).isEmpty();
        AssignmentView calibrated =
                marking.saveMarks(examiner, calibration.id(), marks(calibration, 25, 15, 10, 10, true));
        assertThat(calibrated.otherMarks()).singleElement().satisfies(mark -> assertThat(mark.total())
                .isEqualByComparingTo("60"));
        assertThat(calibrated.totalPoints()).isEqualByComparingTo("60");
        assertThat(chief.referenceScripts())
                .filteredOn(r -> r.code().equals(reference.code()))
                .singleElement()
                .satisfies(r -> assertThat(r.results())
                        .filteredOn(c -> examiner.equals(c.examiner()))
                        .singleElement()
                        .satisfies(c -> assertThat(c.difference()).isEqualByComparingTo("0")));

        AssignmentView opened = marking.assignment(examiner, liveView.id());
        assertThat(opened.waitsForCalibration()).isFalse();
        assertThat(marking.saveMarks(examiner, opened.id(), marks(opened, 10, 10, 10, 10, false))
                        .state()
                        .name())
                .isEqualTo("DRAFT");
        chief.retireReferenceScript(reference.code());
    }

    private AssignmentView view(AccountId examiner, String code, MarkingRole role) {
        AssignmentSummary summary = marking.assignments(examiner).stream()
                .filter(a -> a.scriptCode().equals(code) && a.role() == role)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + role + " marking of " + code));
        return marking.assignment(examiner, summary.id());
    }

    private ScriptRow row(SeededExam exam, String code) {
        return chief.scripts(exam.sittingId()).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** Points per criterion in rubric order, no feedback. */
    private static MarksInput marks(AssignmentView view, int c1, int c2, int c3, int c4, boolean submit) {
        int[] points = {c1, c2, c3, c4};
        List<CriterionMark> criteria = new ArrayList<>();
        List<RubricCriterion> rubric = view.rubric();
        for (int i = 0; i < rubric.size(); i++) {
            criteria.add(new CriterionMark(rubric.get(i).id(), BigDecimal.valueOf(points[i]), "评语 " + (i + 1)));
        }
        return new MarksInput(view.version(), criteria, "总体评语", null, submit);
    }

    @SafeVarargs
    private List<Future<AssignmentView>> atOnce(java.util.concurrent.Callable<AssignmentView>... tasks) {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<AssignmentView>> futures = new ArrayList<>();
        for (var task : tasks) {
            futures.add(executor.submit(() -> {
                go.await();
                return task.call();
            }));
        }
        go.countDown();
        return futures;
    }
}

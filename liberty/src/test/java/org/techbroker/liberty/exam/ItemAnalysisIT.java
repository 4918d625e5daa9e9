package org.techbroker.liberty.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.data.Offset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.AttemptView;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.analysis.AnalysedItem;
import org.techbroker.certification.exam.analysis.AnalysedOption;
import org.techbroker.certification.exam.analysis.ReviewFlag;
import org.techbroker.certification.exam.analysis.SittingAnalysis;
import org.techbroker.certification.exam.analysis.SittingItemAnalysis;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.liberty.support.CourseFixtures;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.ExamFixtures;
import org.techbroker.liberty.support.ExamFixtures.SeededExam;
import org.techbroker.liberty.support.SeededCourse;

/**
 * In the server, against the real database: invented candidates sit a seeded exam through the exam
 * service with answers chosen so that the statistics can be worked out by hand, and the item
 * analysis of the sitting must report exactly those numbers.
 *
 * <p>The seeded exam ({@link ExamFixtures}) has six one-point items; options are named here by
 * their text, "Option a" to "Option d" in the author's order, whatever order a form shows them in:
 *
 * <ol>
 *   <li>single choice, key a;
 *   <li>multiple choice, keys a and c (partial credit: max(0, right − wrong) / 2);
 *   <li>true/false, key "True";
 *   <li>numeric, key 2,400,000 within 1,000;
 *   <li>single choice, key d;
 *   <li>multiple choice, keys a and b.
 * </ol>
 */
@ExtendWith(ArquillianExtension.class)
class ItemAnalysisIT {

    private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(6_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final Offset<Double> FOUR_DECIMALS = within(0.00005);

    // The fixture's stems, by which a candidate finds an item on their own form.
    private static final String Q1 = "哪一部法律调整技术合同？";
    private static final String Q2 = "下列哪些属于技术合同？";
    private static final String Q3 = "技术合同应当采用书面形式。";
    private static final String Q4 = "按成本法，该技术的重置成本是多少元？";
    private static final String Q5 = "成本法从什么出发？";
    private static final String Q6 = "哪些是估值方法？";
    private static final BigDecimal RIGHT_NUMBER = new BigDecimal("2400000");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(
                ItemAnalysisIT.class,
                CourseFixtures.class,
                SeededCourse.class,
                ExamFixtures.class,
                ExamFixtures.SeededExam.class);
    }

    @Inject
    ExamFixtures fixtures;

    @Inject
    ExamService exams;

    @Inject
    ExamAdministration administration;

    @Inject
    SittingAnalysis analysis;

    @Test
    void theAnalysisReportsTheStatisticsOfKnownAnswers() {
        SeededExam exam = fixtures.exam(60, 0, 10, 60);
        //            Q1   Q2       Q3     Q4       Q5   Q6          scores                total
        // A          a    a c      True   right    d    a b         1  1   1 1 1 1         6
        // B          a    a        True   right    a    a b         1 .5   1 1 0 1         4.5
        // C          b    a b      True   1        d    a           0  0   1 0 1 .5        2.5
        // D          c    a c      False  5        a    c           0  1   0 0 0 0         1
        // E          —    b        True   —        b    a, cleared  0  0   1 0 0 0         1
        // F starts, answers Q1 with b and never submits: F is counted as running, not analysed.
        sit(exam, true, answers(Q1, "a", Q2, "a c", Q3, "True", Q4, RIGHT_NUMBER, Q5, "d", Q6, "a b"));
        sit(exam, true, answers(Q1, "a", Q2, "a", Q3, "True", Q4, RIGHT_NUMBER, Q5, "a", Q6, "a b"));
        sit(exam, true, answers(Q1, "b", Q2, "a b", Q3, "True", Q4, BigDecimal.ONE, Q5, "d", Q6, "a"));
        sit(exam, true, answers(Q1, "c", Q2, "a c", Q3, "False", Q4, new BigDecimal("5"), Q5, "a", Q6, "c"));
        sit(exam, true, answers(Q2, "b", Q3, "True", Q5, "b", Q6, "a", Q6, ""));
        sit(exam, false, answers(Q1, "b"));

        SittingItemAnalysis report = analysis.analyse(exam.sittingId());

        assertThat(report.counts()).isEqualTo(new SittingItemAnalysis.Counts(6, 5, 1, 0));
        // Totals 6, 4.5, 2.5, 1, 1: mean 3; squared deviations 9 + 2.25 + .25 + 4 + 4 = 19.5,
        // population variance 3.9, σ = 1.9748. Item variances .24 .2 .16 .24 .24 .2, sum 1.28:
        // α = 6/5 · (1 − 1.28/3.9) = 0.8062; SEM = 1.9748 · √(1 − 0.8062) = 0.8695.
        assertThat(report.statistics().candidates()).isEqualTo(5);
        assertThat(report.statistics().meanTotal().getAsDouble()).isCloseTo(3.0, FOUR_DECIMALS);
        assertThat(report.statistics().totalStandardDeviation().getAsDouble()).isCloseTo(1.9748, FOUR_DECIMALS);
        assertThat(report.statistics().alphaItems()).isEqualTo(6);
        assertThat(report.statistics().cronbachAlpha().getAsDouble()).isCloseTo(0.8062, FOUR_DECIMALS);
        assertThat(report.statistics().standardErrorOfMeasurement().getAsDouble())
                .isCloseTo(0.8695, FOUR_DECIMALS);

        // Topic, then difficulty (items 1–3 are easy, 4–6 medium), then key.
        String prefix = "T" + exam.course().replace("-", "") + "-";
        assertThat(report.items())
                .extracting(AnalysedItem::itemKey)
                .containsExactly(prefix + 1, prefix + 2, prefix + 3, prefix + 4, prefix + 5, prefix + 6);
        assertThat(report.items()).extracting(AnalysedItem::versionNo).containsOnly(1);

        // Q1: scores 1 1 0 0 0, facility 2/5 = .4; E omitted it. Against the rest of each total
        // (5, 3.5, 2.5, 1, 1; mean 2.6): Σdxdy = .6·2.4 + .6·.9 + (−.4)(−.1) + 2·(−.4)(−1.6) = 3.3,
        // Σdx² = 1.2, Σdy² = 11.7, r = 3.3 / √14.04 = 0.8807. a drew A and B (mean total
        // (6 + 4.5)/2 = 5.25), b drew C (2.5), c drew D (1), d nobody.
        AnalysedItem q1 = report.items().get(0);
        assertThat(q1.type()).isEqualTo(ItemType.SINGLE_CHOICE);
        assertThat(q1.stem().zh()).isEqualTo(Q1);
        assertThat(q1.statistics().candidates()).isEqualTo(5);
        assertThat(q1.statistics().facility()).isCloseTo(0.4, FOUR_DECIMALS);
        assertThat(q1.statistics().omitted()).isEqualTo(1);
        assertThat(q1.statistics().discrimination().getAsDouble()).isCloseTo(0.8807, FOUR_DECIMALS);
        assertThat(q1.options()).extracting(AnalysedOption::letter).containsExactly("A", "B", "C", "D");
        assertThat(q1.options())
                .extracting(o -> o.text().en())
                .containsExactly("Option a", "Option b", "Option c", "Option d");
        assertThat(q1.options()).extracting(AnalysedOption::key).containsExactly(true, false, false, false);
        assertThat(q1.options()).extracting(AnalysedOption::chosenBy).containsExactly(2, 1, 1, 0);
        assertThat(means(q1)).containsExactly(5.25, 2.5, 1.0, null);
        assertThat(q1.flags()).isEmpty();

        // Q2: scores 1 .5 0 1 0, facility 2.5/5 = .5. Rest 5, 4, 2.5, 0, 1 (mean 2.5):
        // Σdxdy = .5·2.5 + 0 + 0 + .5·(−2.5) + (−.5)(−1.5) = .75, Σdx² = 1, Σdy² = 17,
        // r = .75/√17 = 0.1819: below 0.2, so an examiner should look at it. D, the weakest but
        // one, got it right. a drew A, B, C, D; b drew C and E; c drew A and D; d nobody.
        AnalysedItem q2 = report.items().get(1);
        assertThat(q2.statistics().facility()).isCloseTo(0.5, FOUR_DECIMALS);
        assertThat(q2.statistics().discrimination().getAsDouble()).isCloseTo(0.1819, FOUR_DECIMALS);
        assertThat(q2.options()).extracting(AnalysedOption::key).containsExactly(true, false, true, false);
        assertThat(q2.options()).extracting(AnalysedOption::chosenBy).containsExactly(4, 2, 2, 0);
        assertThat(means(q2)).containsExactly(3.5, 1.75, 3.5, null);
        assertThat(q2.flags()).containsExactly(ReviewFlag.LOW_DISCRIMINATION);

        // Q3: scores 1 1 1 0 1, facility .8. Rest 5, 3.5, 1.5, 1, 0 (mean 2.2): Σdxdy = 1.2,
        // Σdx² = .8, Σdy² = 16.3, r = 1.2/√13.04 = 0.3323. True drew four, False drew D.
        AnalysedItem q3 = report.items().get(2);
        assertThat(q3.statistics().facility()).isCloseTo(0.8, FOUR_DECIMALS);
        assertThat(q3.statistics().discrimination().getAsDouble()).isCloseTo(0.3323, FOUR_DECIMALS);
        assertThat(q3.options()).extracting(o -> o.text().en()).containsExactly("True", "False");
        assertThat(q3.options()).extracting(AnalysedOption::chosenBy).containsExactly(4, 1);

        // Q4, numeric: A and B right, C and D wrong, E gave no number: facility .4, one omitted,
        // no options. Its scores equal Q1's, and so does its discrimination.
        AnalysedItem q4 = report.items().get(3);
        assertThat(q4.type()).isEqualTo(ItemType.NUMERIC);
        assertThat(q4.statistics().facility()).isCloseTo(0.4, FOUR_DECIMALS);
        assertThat(q4.statistics().omitted()).isEqualTo(1);
        assertThat(q4.statistics().discrimination().getAsDouble()).isCloseTo(0.8807, FOUR_DECIMALS);
        assertThat(q4.options()).isEmpty();

        // Q5: scores 1 0 1 0 0, facility .4. Rest 5, 4.5, 1.5, 1, 1 (mean 2.6): Σdxdy = 1.3,
        // Σdx² = 1.2, Σdy² = 15.7, r = 1.3/√18.84 = 0.2995. a drew B and D ((4.5 + 1)/2 = 2.75),
        // b drew E (1), c nobody, d (the key) drew A and C ((6 + 2.5)/2 = 4.25).
        AnalysedItem q5 = report.items().get(4);
        assertThat(q5.statistics().facility()).isCloseTo(0.4, FOUR_DECIMALS);
        assertThat(q5.statistics().omitted()).isZero();
        assertThat(q5.statistics().discrimination().getAsDouble()).isCloseTo(0.2995, FOUR_DECIMALS);
        assertThat(q5.options()).extracting(AnalysedOption::key).containsExactly(false, false, false, true);
        assertThat(q5.options()).extracting(AnalysedOption::chosenBy).containsExactly(2, 1, 0, 2);
        assertThat(means(q5)).containsExactly(2.75, 1.0, null, 4.25);

        // Q6: E chose a, then cleared it: an omission, and a chose nobody extra. Scores 1 1 .5 0 0.
        AnalysedItem q6 = report.items().get(5);
        assertThat(q6.statistics().facility()).isCloseTo(0.5, FOUR_DECIMALS);
        assertThat(q6.statistics().omitted()).isEqualTo(1);
        assertThat(q6.options()).extracting(AnalysedOption::chosenBy).containsExactly(3, 2, 1, 0);

        // The CSV table: a header and one row per item; Q1's row carries its key and option counts.
        String[] lines = report.csv(false).split("\r\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).startsWith("version_id,item_key,version,type,topic,difficulty,");
        assertThat(lines[1])
                .startsWith(q1.versionId() + "," + prefix + "1,1,SINGLE_CHOICE," + exam.course() + ",EASY,5,1,1.0000,"
                        + "0.4000,0.8807,,A,2,1,1,0," + Q1);
        assertThat(lines[2]).contains(",0.5000,0.1819,LOW_DISCRIMINATION,A;C,4,2,2,0,");
    }

    @Test
    void essaysCountWithTheirMarksAndUnmarkedOnesAreLeftOut() {
        SeededExam exam = fixtures.exam(60, 1, 10, 60);
        // P answers every objective item right and writes an essay marked 80; Q writes an essay
        // marked 40 and nothing else; R writes nothing and is marked 0 (an omission); S writes an
        // essay that is not marked yet: left out, and counted as such.
        long p = sitWithKeys(exam);
        long q = sit(exam, true, answers("ESSAY", "我的方案分三步。"));
        long r = sit(exam, true, answers());
        long s = sit(exam, true, answers("ESSAY", "尚未评分的论文。"));
        administration.recordEssayPoints(p, new BigDecimal("80"));
        administration.recordEssayPoints(q, new BigDecimal("40"));
        administration.recordEssayPoints(r, BigDecimal.ZERO);
        // Essays are drawn from the level's whole pool, so candidates may have different prompts:
        // each prompt is analysed over the candidates who were shown it and have a mark.
        Map<Long, Long> essayOf = new LinkedHashMap<>();
        administration.attempts(exam.sittingId()).forEach(attempt -> attempt.items().stream()
                .filter(item -> item.itemVersion().type() == ItemType.ESSAY)
                .forEach(item -> essayOf.put(attempt.id(), item.itemVersion().id())));
        Map<Long, Integer> marks = Map.of(p, 80, q, 40, r, 0);

        SittingItemAnalysis report = analysis.analyse(exam.sittingId());

        assertThat(report.counts()).isEqualTo(new SittingItemAnalysis.Counts(4, 4, 0, 1));
        List<AnalysedItem> essays = report.items().stream()
                .filter(item -> item.type() == ItemType.ESSAY)
                .toList();
        assertThat(essays).isNotEmpty();
        int analysed = 0;
        for (AnalysedItem essay : essays) {
            List<Long> markedHere = marks.keySet().stream()
                    .filter(attempt -> essayOf.get(attempt) == essay.versionId())
                    .toList();
            double points = markedHere.stream().mapToInt(marks::get).sum();
            assertThat(essay.statistics().candidates()).isEqualTo(markedHere.size());
            assertThat(essay.statistics().omitted()).isEqualTo(markedHere.contains(r) ? 1 : 0);
            assertThat(essay.statistics().maxPoints()).isEqualByComparingTo("100");
            assertThat(essay.statistics().facility()).isCloseTo(points / (100.0 * markedHere.size()), FOUR_DECIMALS);
            assertThat(essay.options()).isEmpty();
            analysed += markedHere.size();
        }
        // All three marked essays are analysed; S's unmarked one is not, though S is a candidate.
        assertThat(analysed).isEqualTo(3);
        if (marks.keySet().stream().noneMatch(attempt -> essayOf.get(attempt).equals(essayOf.get(s)))) {
            assertThat(essays).extracting(AnalysedItem::versionId).doesNotContain(essayOf.get(s));
        }
        // Every objective item was seen by all four, so alpha runs over those six items at least.
        assertThat(report.statistics().candidates()).isEqualTo(4);
        assertThat(report.statistics().alphaItems()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aSittingWithoutSubmissionsHasNoItemsAndNoStatistics() {
        SeededExam exam = fixtures.exam(60, 0, 10, 60);
        sit(exam, false, answers(Q1, "a"));

        SittingItemAnalysis report = analysis.analyse(exam.sittingId());

        assertThat(report.items()).isEmpty();
        assertThat(report.counts()).isEqualTo(new SittingItemAnalysis.Counts(1, 0, 1, 0));
        assertThat(report.statistics().meanTotal()).isEmpty();
        assertThat(report.statistics().cronbachAlpha()).isEmpty();
        assertThat(report.csv(false)).doesNotContain("\r\n" + "T");
    }

    @Test
    void anUnknownSittingIsNotFound() {
        assertThatThrownBy(() -> analysis.analyse(Long.MAX_VALUE))
                .isInstanceOfSatisfying(CertificationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
                    assertThat(e.messageKey()).isEqualTo("exam.error.sitting_not_found");
                });
    }

    /** Stem (or "ESSAY") and answer pairs; an answer is option texts separated by spaces, or a number. */
    private static List<Object[]> answers(Object... stemsAndAnswers) {
        List<Object[]> answers = new ArrayList<>();
        for (int i = 0; i < stemsAndAnswers.length; i += 2) {
            answers.add(new Object[] {stemsAndAnswers[i], stemsAndAnswers[i + 1]});
        }
        return answers;
    }

    /** An invented candidate registers, starts, saves the answers in order and, if asked, submits. */
    private long sit(SeededExam exam, boolean submit, List<Object[]> answers) {
        AccountId candidate = new AccountId(NEXT_ACCOUNT.incrementAndGet());
        fixtures.register(candidate, exam);
        long attemptId = exams.start(candidate, exam.sittingId()).attemptId();
        AttemptView view = exams.attempt(candidate, attemptId);
        for (Object[] answer : answers) {
            AttemptView.Item item = view.items().stream()
                    .filter(i -> "ESSAY".equals(answer[0])
                            ? i.type() == ItemType.ESSAY
                            : i.stem().zh().equals(answer[0]))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No item " + answer[0]));
            exams.save(candidate, attemptId, item.id(), input(item, answer[1]));
        }
        if (submit) {
            exams.submit(candidate, attemptId);
        }
        return attemptId;
    }

    private static AnswerInput input(AttemptView.Item item, Object answer) {
        if (answer instanceof BigDecimal number) {
            return new AnswerInput.NumericValue(number);
        }
        String text = (String) answer;
        if (item.type() == ItemType.ESSAY) {
            return new AnswerInput.EssayText(text);
        }
        Map<String, Long> byText = new LinkedHashMap<>();
        item.options().forEach(option -> byText.put(option.text().en(), option.id()));
        List<Long> chosen = new ArrayList<>();
        for (String name : text.isEmpty() ? new String[0] : text.split(" ")) {
            String optionText = name.length() == 1 ? "Option " + name : name;
            chosen.add(byText.get(optionText));
        }
        return new AnswerInput.Selected(chosen);
    }

    /** A candidate who saves the key of every objective item, writes the essays and submits. */
    private long sitWithKeys(SeededExam exam) {
        AccountId candidate = new AccountId(NEXT_ACCOUNT.incrementAndGet());
        fixtures.register(candidate, exam);
        long attemptId = exams.start(candidate, exam.sittingId()).attemptId();
        JsonObject keys = fixtures.keys(attemptId);
        for (String itemId : keys.keySet()) {
            JsonObject key = keys.getJsonObject(itemId);
            AnswerInput answer = key.containsKey("value")
                    ? new AnswerInput.NumericValue(key.getJsonNumber("value").bigDecimalValue())
                    : new AnswerInput.Selected(key.getJsonArray("selected").getValuesAs(JsonNumber.class).stream()
                            .map(JsonNumber::longValue)
                            .toList());
            exams.save(candidate, attemptId, Long.parseLong(itemId), answer);
        }
        for (AttemptView.Item item : exams.attempt(candidate, attemptId).items()) {
            if (item.type() == ItemType.ESSAY) {
                exams.save(candidate, attemptId, item.id(), new AnswerInput.EssayText("一份完整的方案。"));
            }
        }
        exams.submit(candidate, attemptId);
        return attemptId;
    }

    private static List<Double> means(AnalysedItem item) {
        List<Double> means = new ArrayList<>();
        for (AnalysedOption option : item.options()) {
            OptionalDouble mean = option.meanTotalOfChoosers();
            means.add(mean.isPresent() ? mean.getAsDouble() : null);
        }
        return means;
    }
}

package org.techbroker.liberty.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.techbroker.app.account.AccountService;
import org.techbroker.certification.exam.BlueprintCell;
import org.techbroker.certification.exam.BlueprintTerms;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.ExamItem;
import org.techbroker.certification.exam.ExamRepository;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.certification.exam.ItemContent;
import org.techbroker.certification.exam.ItemOption;
import org.techbroker.certification.exam.ItemStatus;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.ItemVersion;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.certification.exam.SittingTerms;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.enrolment.EnrolmentService;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Exams the in-server and client tests seed for themselves. Each seeded exam has its own required
 * course (one lesson, no quiz: reading it completes the course) which is also the topic of its
 * items, so exams of different tests never draw each other's items. The level's blueprint is
 * rewritten for each exam; sittings copy it when created, so earlier sittings keep their shape.
 *
 * <p>The bank of a seeded exam: three EASY items (single choice, multiple choice, true/false) and
 * three MEDIUM items (numeric 2,400,000 within 1,000; single choice; multiple choice), one point
 * each, and the asked number of essays of 100 points. Every form holds all of them, in its own
 * order. Keys: see {@link #keys}.
 */
@ApplicationScoped
@Transactional
public class ExamFixtures {

    /** The default level of seeded exams; the demo data uses the junior level. */
    public static final QualificationLevel LEVEL = QualificationLevel.SENIOR;

    @Inject
    CourseFixtures courses;

    @Inject
    ExamRepository bank;

    @Inject
    ExamAdministration administration;

    @Inject
    ExamService exams;

    @Inject
    EnrolmentService enrolments;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    @Resource(lookup = "jdbc/techbroker")
    DataSource dataSource;

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    /** What a test needs to know of the exam it seeded. */
    public record SeededExam(long sittingId, String course, long lessonId, int itemCount, int essayCount) {
        public JsonObject toJson() {
            return Json.createObjectBuilder()
                    .add("sittingId", sittingId)
                    .add("course", course)
                    .add("lessonId", lessonId)
                    .add("itemCount", itemCount)
                    .add("essayCount", essayCount)
                    .build();
        }
    }

    /**
     * A sitting of {@link #LEVEL} that opened {@code openedSecondsAgo} seconds ago (negative: opens
     * later) and closes two hours after now.
     */
    public SeededExam exam(int durationMinutes, int essays, int capacity, long openedSecondsAgo) {
        SeededCourse required = courses.lessonOnlyCourse(EnumSet.of(LEVEL));
        CourseCode course = new CourseCode(required.code());
        Instant now = clock.instant();
        String prefix = "T" + required.code().replace("-", "") + "-";
        List<ItemContent> contents = new ArrayList<>();
        contents.add(
                choice(course, Difficulty.EASY, ItemType.SINGLE_CHOICE, "哪一部法律调整技术合同？", true, false, false, false));
        contents.add(
                choice(course, Difficulty.EASY, ItemType.MULTIPLE_CHOICE, "下列哪些属于技术合同？", true, false, true, false));
        contents.add(trueFalse(course, Difficulty.EASY, "技术合同应当采用书面形式。", true));
        contents.add(numeric(course, Difficulty.MEDIUM));
        contents.add(choice(course, Difficulty.MEDIUM, ItemType.SINGLE_CHOICE, "成本法从什么出发？", false, false, false, true));
        contents.add(choice(course, Difficulty.MEDIUM, ItemType.MULTIPLE_CHOICE, "哪些是估值方法？", true, true, false, false));
        retireOtherEssaysOfTheLevel(now);
        for (int i = 0; i < essays; i++) {
            contents.add(essay(course));
        }
        for (int i = 0; i < contents.size(); i++) {
            bank.add(new ExamItem(prefix + (i + 1), contents.get(i), now));
        }
        entityManager.flush();
        BlueprintTerms terms = new BlueprintTerms(
                List.of(new BlueprintCell(course, Difficulty.EASY, 3), new BlueprintCell(course, Difficulty.MEDIUM, 3)),
                essays,
                durationMinutes,
                60,
                60,
                true,
                Set.of(course));
        administration.saveBlueprint(
                LEVEL,
                terms,
                administration.blueprint(LEVEL).map(b -> b.version()).orElse(null));
        entityManager.flush();
        Sitting sitting = administration.createSitting(
                LEVEL,
                new SittingTerms(
                        new BilingualText("测试考试 " + required.code(), "Test sitting " + required.code()),
                        now.minusSeconds(openedSecondsAgo),
                        now.plus(Duration.ofHours(2)),
                        capacity));
        entityManager.flush();
        return new SeededExam(
                sitting.id(), required.code(), required.lessonIds().get(0).get(0), 6, essays);
    }

    /**
     * Forms draw their essays from every active essay of the level, whatever its course: the
     * bank's own senior prompts and earlier tests' alike. Retiring them (in the test database)
     * keeps each test's forms, scripts and calibration to its own prompts. Attempts already
     * started keep the versions they showed.
     */
    private void retireOtherEssaysOfTheLevel(Instant now) {
        entityManager.createQuery("select i from ExamItem i", ExamItem.class).getResultList().stream()
                .filter(item -> item.current().type() == ItemType.ESSAY
                        && item.current().level() == LEVEL
                        && item.current().status() == ItemStatus.ACTIVE)
                .forEach(item -> item.changeStatus(ItemStatus.RETIRED, now));
        entityManager.flush();
    }

    /** Completes the exam's required course for the person, as reading its lesson does. */
    public void makeEligible(AccountId account, SeededExam exam) {
        enrolments.enrol(account, new CourseCode(exam.course()));
        enrolments.markLessonDone(account, exam.lessonId());
    }

    /** Makes the person eligible and registers them. */
    public void register(AccountId account, SeededExam exam) {
        makeEligible(account, exam);
        exams.register(account, exam.sittingId());
    }

    public AccountId accountOf(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No account " + username))
                .id();
    }

    /**
     * The keys of an attempt's items, as answer bodies of the API: {@code {"selected": [ids]}} for
     * choice items, {@code {"value": n}} for numeric ones.
     */
    public JsonObject keys(long attemptId) {
        JsonObjectBuilder keys = Json.createObjectBuilder();
        bank.findAttempt(attemptId).orElseThrow().items().forEach(item -> {
            ItemVersion version = item.itemVersion();
            if (version.type() == ItemType.NUMERIC) {
                keys.add(
                        String.valueOf(version.id()),
                        Json.createObjectBuilder()
                                .add("value", version.numericAnswer().orElseThrow()));
            } else if (version.type().hasOptions()) {
                var ids = Json.createArrayBuilder();
                version.options().stream().filter(ItemOption::isCorrect).forEach(o -> ids.add(o.id()));
                keys.add(
                        String.valueOf(version.id()), Json.createObjectBuilder().add("selected", ids));
            }
        });
        return keys.build();
    }

    /** Moves a running attempt's deadline, as if its time had passed (or not): the clock cannot be moved. */
    public void moveDeadline(long attemptId, Instant deadline) {
        entityManager.flush();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE exam_attempt SET deadline = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(deadline));
            update.setLong(2, attemptId);
            if (update.executeUpdate() != 1) {
                throw new IllegalArgumentException("No attempt " + attemptId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ItemContent choice(
            CourseCode course, Difficulty difficulty, ItemType type, String stemZh, boolean... correct) {
        List<ItemContent.OptionContent> options = new ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            char letter = (char) ('a' + i);
            options.add(
                    new ItemContent.OptionContent(new BilingualText("选项" + letter, "Option " + letter), correct[i]));
        }
        return content(type, course, difficulty, 1, stemZh, options, null, null, List.of());
    }

    private static ItemContent trueFalse(CourseCode course, Difficulty difficulty, String stemZh, boolean key) {
        return content(ItemType.TRUE_FALSE, course, difficulty, 1, stemZh, List.of(), key, null, List.of());
    }

    private static ItemContent numeric(CourseCode course, Difficulty difficulty) {
        return content(
                ItemType.NUMERIC,
                course,
                difficulty,
                1,
                "按成本法，该技术的重置成本是多少元？",
                List.of(),
                null,
                new BigDecimal("2400000"),
                List.of());
    }

    private static ItemContent essay(CourseCode course) {
        List<ItemContent.CriterionContent> rubric = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            rubric.add(new ItemContent.CriterionContent(
                    new BilingualText("评分项" + i, "Criterion " + i),
                    25,
                    List.of(
                            new ItemContent.LevelContent(25, new BilingualText("完整", "Complete")),
                            new ItemContent.LevelContent(10, new BilingualText("部分", "Partial")),
                            new ItemContent.LevelContent(0, new BilingualText("缺失", "Missing")))));
        }
        return content(
                ItemType.ESSAY,
                course,
                Difficulty.HARD,
                100,
                "请为一家中小企业设计技术需求对接方案，说明步骤与风险。",
                List.of(),
                null,
                null,
                rubric);
    }

    private static ItemContent content(
            ItemType type,
            CourseCode course,
            Difficulty difficulty,
            int points,
            String stemZh,
            List<ItemContent.OptionContent> options,
            Boolean trueFalseKey,
            BigDecimal numericAnswer,
            List<ItemContent.CriterionContent> rubric) {
        return new ItemContent(
                type,
                course,
                LEVEL,
                difficulty,
                ItemStatus.ACTIVE,
                points,
                new BilingualText(stemZh, "Fixture question: " + stemZh),
                new BilingualText("测试说明。", "Fixture explanation."),
                "Techbroker test fixture",
                options,
                trueFalseKey,
                numericAnswer,
                numericAnswer == null ? null : new BigDecimal("1000"),
                null,
                rubric);
    }
}

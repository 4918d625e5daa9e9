package org.techbroker.liberty.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseDescription;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.catalog.LessonContent;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.practice.ItemType;
import org.techbroker.courses.practice.PracticeItem;
import org.techbroker.courses.practice.PracticeOption;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Courses the learning tests seed for themselves, through the catalogue service as an author
 * would (practice items through their module, as an import does). Codes are {@code ZZ?-nnn},
 * which no seeded course uses, and free at the moment they are taken, so tests never clash with
 * the real catalogue or with each other.
 *
 * <p>The standard course is small and known: module 1 has two lessons and four items (single
 * choice, right answer b; multiple choice, a and c; true; 2,400,000 CNY within 1,000), module 2
 * one lesson and two items (false; single choice, d). {@link #STANDARD_ANSWERS} says so for tests
 * that answer them.
 */
@ApplicationScoped
@Transactional
public class CourseFixtures {

    /** The right answers of the standard course, per module, in item order. */
    public static final List<List<String>> STANDARD_ANSWERS =
            List.of(List.of("b", "a,c", "true", "2400000"), List.of("false", "d"));

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SOURCE = "Techbroker test fixture, written for the learning tests";

    @Inject
    CatalogService catalog;

    @Resource(lookup = "jdbc/techbroker")
    DataSource dataSource;

    /** Only to flush: in one transaction, new modules, lessons and items get their ids at a flush. */
    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    /** A course code that no course has yet. */
    public CourseCode freshCode() {
        while (true) {
            CourseCode code = new CourseCode(
                    "ZZ" + (char) ('A' + RANDOM.nextInt(26)) + "-" + String.format("%03d", RANDOM.nextInt(1000)));
            if (catalog.find(code).isEmpty()) {
                return code;
            }
        }
    }

    /** The standard course (see above), published or left a draft, with the given prerequisites. */
    public SeededCourse standardCourse(boolean publish, Set<CourseCode> prerequisites, int creditHours) {
        String marker = "qz" + letters(8);
        String zhOnly = chinese(4);
        CourseCode code = freshCode();
        Course course = catalog.createCourse(
                code,
                new CourseDescription(
                        new BilingualText(
                                "测试课程" + marker + "：技术转移实务", "Fixture course " + marker + " on transfer practice"),
                        new BilingualText(
                                "供学习测试使用的课程，" + zhOnly + "，讲授技术转移的基本做法。",
                                "A course the learning tests seed; it teaches the basics of technology transfer."),
                        EnumSet.of(QualificationLevel.JUNIOR, QualificationLevel.INTERMEDIATE),
                        EnumSet.of(Track.SERVICE),
                        prerequisites,
                        SyllabusModule.PRACTICAL_SKILLS,
                        creditHours));
        CourseModule first = catalog.addModule(code, new BilingualText("合同基础", "Contract basics"), 70);
        entityManager.flush();
        Lesson one = catalog.addLesson(code, first.id(), lesson("offer", "要约与承诺", "Offer and acceptance", 12));
        Lesson two = catalog.addLesson(code, first.id(), lesson("price", "价款与报酬", "Price and remuneration", 15));
        CourseModule second = catalog.addModule(code, new BilingualText("估值入门", "Valuation basics"), 70);
        entityManager.flush();
        Lesson three = catalog.addLesson(code, second.id(), lesson("cost", "成本法", "The cost approach", 20));

        List<PracticeItem> firstItems = List.of(
                first.addPracticeItem(choice(
                        ItemType.SINGLE_CHOICE,
                        "技术合同属于哪一编调整？",
                        "Which book of the Civil Code governs technology contracts?",
                        "b")),
                first.addPracticeItem(choice(
                        ItemType.MULTIPLE_CHOICE, "下列哪些属于技术合同？", "Which of these are technology contracts?", "a", "c")),
                first.addPracticeItem(
                        judgement("技术合同应当采用书面形式。", "Technology contracts should be made in writing.", true)),
                first.addPracticeItem(number()));
        List<PracticeItem> secondItems = List.of(
                second.addPracticeItem(judgement("成本法不考虑贬值。", "The cost approach ignores depreciation.", false)),
                second.addPracticeItem(
                        choice(ItemType.SINGLE_CHOICE, "成本法从什么出发？", "Where does the cost approach start?", "d")));
        entityManager.flush();
        if (publish) {
            catalog.publish(code);
        }
        return new SeededCourse(
                code.value(),
                course.title().zh(),
                course.title().en(),
                marker,
                zhOnly,
                creditHours,
                List.of(first.id(), second.id()),
                List.of(List.of(one.id(), two.id()), List.of(three.id())),
                List.of(ids(firstItems), ids(secondItems)));
    }

    /** A published course of one module with one lesson and no quiz: reading the lesson completes it. */
    public SeededCourse lessonOnlyCourse(Set<QualificationLevel> levels) {
        CourseCode code = freshCode();
        String marker = "qz" + letters(8);
        Course course = catalog.createCourse(
                code,
                new CourseDescription(
                        new BilingualText("必修课程" + marker, "Required course " + marker),
                        new BilingualText("报考资格测试使用的课程。", "A course the exam eligibility tests require."),
                        levels,
                        EnumSet.of(Track.SERVICE),
                        Set.of(),
                        SyllabusModule.POLICY_LAW,
                        3));
        CourseModule module = catalog.addModule(code, new BilingualText("唯一模块", "The only module"), 60);
        entityManager.flush();
        Lesson lesson = catalog.addLesson(code, module.id(), lesson("rules", "报考规则", "Exam rules", 5));
        entityManager.flush();
        catalog.publish(code);
        return new SeededCourse(
                code.value(),
                course.title().zh(),
                course.title().en(),
                marker,
                "",
                3,
                List.of(module.id()),
                List.of(List.of(lesson.id())),
                List.of(List.of()));
    }

    /** A published course of one lesson and one quiz of true-or-false items, all true. */
    public SeededCourse trueFalseCourse(int itemCount, int passMarkPercent) {
        CourseCode code = freshCode();
        String marker = "qz" + letters(8);
        catalog.createCourse(
                code,
                new CourseDescription(
                        new BilingualText("判断题测试" + marker, "True or false " + marker),
                        new BilingualText("只有判断题的测试课程。", "A test course of true-or-false items."),
                        EnumSet.of(QualificationLevel.SENIOR),
                        EnumSet.of(Track.REVIEW, Track.JUDICIAL),
                        Set.of(),
                        SyllabusModule.POLICY_LAW,
                        2));
        CourseModule module = catalog.addModule(code, new BilingualText("判断", "Judgements"), passMarkPercent);
        entityManager.flush();
        Lesson lesson = catalog.addLesson(code, module.id(), lesson("only", "唯一的课时", "The only lesson", 5));
        List<PracticeItem> items = new ArrayList<>();
        for (int i = 1; i <= itemCount; i++) {
            items.add(module.addPracticeItem(judgement("第" + i + "题为真。", "Statement " + i + " is true.", true)));
        }
        entityManager.flush();
        catalog.publish(code);
        return new SeededCourse(
                code.value(),
                "判断题测试" + marker,
                "True or false " + marker,
                marker,
                "",
                2,
                List.of(module.id()),
                List.of(List.of(lesson.id())),
                List.of(ids(items)));
    }

    /**
     * Writes a lesson body straight into the table, past the sanitiser, as a row written by an
     * older version or by hand could be: the page must sanitise again when it shows it.
     */
    public void writeRawBody(long lessonId, String html) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("update lesson set body_zh = ?, body_en = ? where id = ?")) {
            update.setString(1, html);
            update.setString(2, html);
            update.setLong(3, lessonId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No lesson " + lessonId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LessonContent lesson(String slug, String zh, String en, int minutes) {
        return new LessonContent(
                slug,
                new BilingualText(zh, en),
                new BilingualText(
                        "<h3>" + zh + "</h3><p>这是课时《" + zh + "》的正文，<strong>供测试阅读</strong>。</p>",
                        "<h3>" + en + "</h3><p>This is the body of the lesson " + en
                                + ", <strong>for the tests to read</strong>.</p>"),
                minutes,
                List.of(SOURCE));
    }

    private static PracticeItem.Draft choice(ItemType type, String zh, String en, String... correct) {
        List<PracticeOption.Draft> options = new ArrayList<>();
        for (char key = 'a'; key <= 'd'; key++) {
            boolean right = List.of(correct).contains(String.valueOf(key));
            options.add(new PracticeOption.Draft(key, new BilingualText("选项" + key, "Option " + key), right));
        }
        return new PracticeItem.Draft(
                type,
                new BilingualText(zh, en),
                new BilingualText(
                        "正确答案为" + String.join("、", correct) + "。",
                        "Because " + String.join(" and ", correct) + " hold."),
                options,
                null,
                null,
                null,
                null);
    }

    private static PracticeItem.Draft judgement(String zh, String en, boolean answer) {
        return new PracticeItem.Draft(
                ItemType.TRUE_FALSE,
                new BilingualText(zh, en),
                new BilingualText("该说法" + (answer ? "正确" : "错误") + "。", "The statement is " + answer + "."),
                List.of(),
                answer,
                null,
                null,
                null);
    }

    private static PracticeItem.Draft number() {
        return new PracticeItem.Draft(
                ItemType.NUMERIC,
                new BilingualText(
                        "重置成本360万元，寿命12年，已用4年，评估值是多少元？",
                        "Replacement cost CNY 3.6 million, life 12 years, 4 used: what is the value?"),
                new BilingualText("3600000 × 8 ÷ 12 = 2400000元。", "3,600,000 × 8 ÷ 12 = CNY 2,400,000."),
                List.of(),
                null,
                new BigDecimal("2400000"),
                new BigDecimal("1000"),
                new BilingualText("元", "CNY"));
    }

    private static List<Long> ids(List<PracticeItem> items) {
        return items.stream().map(PracticeItem::id).toList();
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return text.toString();
    }

    /** Common characters that no sentence of a real course strings together by chance. */
    private static String chinese(int count) {
        String pool = "戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pool.charAt(RANDOM.nextInt(pool.length())));
        }
        return text.toString();
    }
}

package org.techbroker.liberty.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.app.learn.CourseCard;
import org.techbroker.app.learn.CourseOverview;
import org.techbroker.app.learn.LearningViews;
import org.techbroker.app.learn.LessonPage;
import org.techbroker.app.learn.QuizPage;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CatalogQuery;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.catalog.LessonContent;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.enrolment.CourseCompleted;
import org.techbroker.courses.enrolment.CourseCompletion;
import org.techbroker.courses.enrolment.Enrolment;
import org.techbroker.courses.enrolment.EnrolmentService;
import org.techbroker.courses.enrolment.Progress;
import org.techbroker.courses.enrolment.QuizResult;
import org.techbroker.courses.practice.PracticeAnswer;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.courses.shared.QualificationLevel;
import org.techbroker.liberty.support.CourseFixtures;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.SeededCourse;

/**
 * In the server, against the real database: enrolling, reading, marking lessons done, taking
 * quizzes and completing a course through the services, and what the learning pages' read model
 * shows to a trainee, to someone not enrolled and to a previewing administrator. Each test seeds
 * its own courses and invents its own people (account ids far above any real account's).
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentIT {

    /** Enrolments keep only an account id; these tests need no account behind it. */
    private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(4_000_000_000L + System.nanoTime() % 1_000_000_000L);

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(
                EnrolmentIT.class, CompletionRecorder.class, CourseFixtures.class, SeededCourse.class);
    }

    @Inject
    CourseFixtures fixtures;

    @Inject
    CatalogService catalog;

    @Inject
    EnrolmentService enrolments;

    @Inject
    LearningViews views;

    @Inject
    CompletionRecorder completions;

    @Test
    void enrollingTwiceKeepsTheOneEnrolment() {
        SeededCourse course = fixtures.standardCourse(true, Set.of(), 6);
        AccountId trainee = someone();

        Enrolment first = enrolments.enrol(trainee, code(course));
        Enrolment again = enrolments.enrol(trainee, code(course));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(enrolments.enrolments(trainee)).hasSize(1);
        assertThat(enrolments.progress(trainee, code(course)).percent()).isZero();
    }

    @Test
    void completingEveryLessonAndQuizRecordsTheCompletionOnceWithItsDateAndCreditHours() {
        SeededCourse course = fixtures.standardCourse(true, Set.of(), 4);
        AccountId trainee = someone();
        enrolments.enrol(trainee, code(course));
        Instant before = Instant.now();

        for (long lesson : course.allLessonIds()) {
            enrolments.openLesson(trainee, lesson);
            enrolments.markLessonDone(trainee, lesson);
        }
        Progress lessonsOnly = enrolments.progress(trainee, code(course));
        assertThat(lessonsOnly.lessonsDone()).isEqualTo(3);
        assertThat(lessonsOnly.isComplete()).isFalse();
        // 3 lessons of 3, 0 quizzes of 2: 60 %, and no completion yet.
        assertThat(lessonsOnly.percent()).isEqualTo(60);
        assertThat(enrolments.completion(trainee, code(course))).isEmpty();

        QuizResult firstQuiz = submitRight(trainee, course, 0);
        assertThat(firstQuiz.attempt().passed()).isTrue();
        assertThat(firstQuiz.progress().percent()).isEqualTo(80);
        QuizResult secondQuiz = submitRight(trainee, course, 1);
        Instant after = Instant.now();

        assertThat(secondQuiz.progress().percent()).isEqualTo(100);
        assertThat(secondQuiz.progress().isComplete()).isTrue();
        CourseCompletion completion =
                enrolments.completion(trainee, code(course)).orElseThrow();
        assertThat(completion.account()).isEqualTo(trainee);
        assertThat(completion.course()).isEqualTo(code(course));
        assertThat(completion.creditHours()).isEqualTo(4);
        // Whole seconds at the lower end: MariaDB behind MySQL Connector/J (the test stand-in for
        // MySQL) announces itself as 5.5.5, so the driver sends timestamps without fractions.
        assertThat(completion.completedAt()).isBetween(before.truncatedTo(ChronoUnit.SECONDS), after.plusMillis(1));
        assertThat(enrolments.completions(trainee)).containsExactly(completion);

        // Doing it all again completes nothing new.
        enrolments.markLessonDone(trainee, course.allLessonIds().get(0));
        submitRight(trainee, course, 1);
        assertThat(eventsFor(trainee)).singleElement().satisfies(event -> {
            assertThat(event.completion().course()).isEqualTo(code(course));
            assertThat(event.completion().creditHours()).isEqualTo(4);
            assertThat(event.completion().completedAt())
                    .isCloseTo(completion.completedAt(), within(1, ChronoUnit.SECONDS));
        });
        assertThat(enrolments.completion(trainee, code(course))).contains(completion);
    }

    @Test
    void otherModulesLearnWhetherAndWhenSomeoneCompletedACourse() {
        SeededCourse course = fixtures.standardCourse(true, Set.of(), 3);
        AccountId stranger = someone();
        AccountId learner = someone();
        AccountId finisher = someone();

        enrolments.enrol(learner, code(course));
        enrolments.markLessonDone(learner, course.allLessonIds().get(0));
        complete(finisher, course);

        assertThat(enrolments.completion(stranger, code(course))).isEmpty();
        assertThat(enrolments.completion(learner, code(course))).isEmpty();
        assertThat(enrolments.completion(finisher, code(course)))
                .hasValueSatisfying(c -> assertThat(c.creditHours()).isEqualTo(3));
        assertThat(enrolments.completions(stranger)).isEmpty();
    }

    @Test
    void editingALessonKeepsTheProgressMadeOnIt() {
        SeededCourse course = fixtures.standardCourse(true, Set.of(), 6);
        AccountId trainee = someone();
        enrolments.enrol(trainee, code(course));
        long lessonId = course.allLessonIds().get(1);
        Progress before = enrolments.markLessonDone(trainee, lessonId);
        Instant doneAt = enrolments
                .find(trainee, code(course))
                .orElseThrow()
                .doneLessons()
                .get(lessonId);

        Lesson revised = catalog.reviseLesson(
                code(course),
                lessonId,
                new LessonContent(
                        "price",
                        new BilingualText("价款与报酬（修订）", "Price and remuneration, revised"),
                        new BilingualText("<p>修订后的正文。</p>", "<p>The revised body.</p>"),
                        18,
                        List.of("A revised source")));

        assertThat(revised.id()).isEqualTo(lessonId);
        Progress after = enrolments.progress(trainee, code(course));
        assertThat(after.lessonsDone()).isEqualTo(before.lessonsDone()).isEqualTo(1);
        assertThat(after.percent()).isEqualTo(before.percent());
        assertThat(enrolments.find(trainee, code(course)).orElseThrow().doneLessons())
                .containsEntry(lessonId, doneAt);
        LessonPage page = views.openLesson(lessonId, Optional.of(trainee), false, Locale.ENGLISH)
                .orElseThrow();
        assertThat(page.done()).isTrue();
        assertThat(page.title()).isEqualTo("Price and remuneration, revised");
        assertThat(page.storedBody()).isEqualTo("<p>The revised body.</p>");
    }

    @Test
    void aTraineeCannotOpenALessonOrAQuizOfACourseTheyAreNotEnrolledIn() {
        SeededCourse course = fixtures.standardCourse(true, Set.of(), 6);
        AccountId outsider = someone();
        long lessonId = course.allLessonIds().get(0);

        assertThatThrownBy(() -> enrolments.openLesson(outsider, lessonId))
                .isInstanceOfSatisfying(CoursesException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("courses.error.not_enrolled");
                });
        assertThatThrownBy(() -> enrolments.markLessonDone(outsider, lessonId))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("courses.error.not_enrolled"));
        assertThatThrownBy(
                        () -> enrolments.submitQuiz(outsider, course.moduleIds().get(0), Map.of()))
                .isInstanceOfSatisfying(CoursesException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("courses.error.not_enrolled"));

        LessonPage page = views.openLesson(lessonId, Optional.of(outsider), false, Locale.ENGLISH)
                .orElseThrow();
        assertThat(page.access()).isEqualTo(LessonPage.Access.NOT_ENROLLED);
        assertThat(page.storedBody()).isEmpty();
        assertThat(page.sources()).isEmpty();
        QuizPage quiz = views.quiz(course.moduleIds().get(0), Optional.of(outsider), false, Locale.ENGLISH)
                .orElseThrow();
        assertThat(quiz.access()).isEqualTo(LessonPage.Access.NOT_ENROLLED);
        assertThat(quiz.items()).isEmpty();
        assertThat(enrolments.find(outsider, code(course))).isEmpty();
    }

    @Test
    void aDraftCourseIsInvisibleToTraineesAndOpenToAPreviewingAdministrator() {
        SeededCourse draft = fixtures.standardCourse(false, Set.of(), 6);
        AccountId trainee = someone();
        AccountId admin = someone();
        long lessonId = draft.allLessonIds().get(0);

        assertThat(catalog.findPublished(code(draft))).isEmpty();
        assertThat(views.catalogue(
                        new CatalogQuery(draft.marker(), null, null, null), Optional.of(trainee), Locale.ENGLISH))
                .isEmpty();
        assertThat(views.course(code(draft), Optional.of(trainee), false, Locale.ENGLISH))
                .isEmpty();
        assertThat(views.openLesson(lessonId, Optional.of(trainee), false, Locale.ENGLISH))
                .isEmpty();
        assertThat(views.quiz(draft.moduleIds().get(0), Optional.of(trainee), false, Locale.ENGLISH))
                .isEmpty();
        assertThatThrownBy(() -> enrolments.enrol(trainee, code(draft)))
                .isInstanceOfSatisfying(CoursesException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
                    assertThat(e.messageKey()).isEqualTo("courses.error.course_not_found");
                });
        assertThatThrownBy(() -> enrolments.openLesson(trainee, lessonId))
                .isInstanceOfSatisfying(
                        CoursesException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));

        CourseOverview preview = views.course(code(draft), Optional.of(admin), true, Locale.CHINESE)
                .orElseThrow();
        assertThat(preview.published()).isFalse();
        assertThat(preview.title()).isEqualTo(draft.titleZh());
        assertThat(preview.enrolled()).isFalse();
        LessonPage lesson = views.openLesson(lessonId, Optional.of(admin), true, Locale.CHINESE)
                .orElseThrow();
        assertThat(lesson.access()).isEqualTo(LessonPage.Access.PREVIEW);
        assertThat(lesson.storedBody()).contains("要约与承诺");
        QuizPage quiz = views.quiz(draft.moduleIds().get(0), Optional.of(admin), true, Locale.CHINESE)
                .orElseThrow();
        assertThat(quiz.preview()).isTrue();
        assertThat(quiz.items()).hasSize(4);
        // A preview records nothing: no enrolment, so no progress.
        assertThat(enrolments.find(admin, code(draft))).isEmpty();
    }

    @Test
    void sevenOfTenPassesASeventyPercentMarkAndSixDoesNot() {
        SeededCourse course = fixtures.trueFalseCourse(10, 70);
        AccountId trainee = someone();
        enrolments.enrol(trainee, code(course));
        long module = course.moduleIds().get(0);
        List<Long> items = course.itemIds().get(0);

        QuizResult six = enrolments.submitQuiz(trainee, module, trueFor(items, 6, false));
        assertThat(six.attempt().correctCount()).isEqualTo(6);
        assertThat(six.attempt().passed()).isFalse();
        assertThat(six.attempt().scorePercent()).isEqualByComparingTo("60");

        QuizResult seven = enrolments.submitQuiz(trainee, module, trueFor(items, 7, false));
        assertThat(seven.attempt().correctCount()).isEqualTo(7);
        assertThat(seven.attempt().itemCount()).isEqualTo(10);
        assertThat(seven.attempt().scorePercent()).isEqualByComparingTo("70");
        assertThat(seven.attempt().passed()).isTrue();
        assertThat(seven.correctByItem()).hasSize(10);
        assertThat(seven.correctByItem().values()).filteredOn(right -> right).hasSize(7);
        assertThat(seven.progress().passedModuleIds()).containsExactly(module);

        QuizPage page =
                views.quiz(module, Optional.of(trainee), false, Locale.ENGLISH).orElseThrow();
        assertThat(page.passed()).isTrue();
        assertThat(page.bestScorePercent()).isEqualByComparingTo("70");
        assertThat(enrolments.attempts(trainee, code(course))).hasSize(2);
    }

    @Test
    void unansweredItemsCountAsWrong() {
        SeededCourse course = fixtures.trueFalseCourse(10, 70);
        AccountId trainee = someone();
        enrolments.enrol(trainee, code(course));
        long module = course.moduleIds().get(0);
        List<Long> items = course.itemIds().get(0);

        // Six right and four left out: 60 %, not passed.
        QuizResult sixAnswered = enrolments.submitQuiz(trainee, module, trueFor(items, 6, true));
        assertThat(sixAnswered.attempt().correctCount()).isEqualTo(6);
        assertThat(sixAnswered.attempt().passed()).isFalse();
        assertThat(sixAnswered.correctByItem())
                .containsEntry(items.get(9), false)
                .hasSize(10);

        QuizResult nothing = enrolments.submitQuiz(trainee, module, Map.of());
        assertThat(nothing.attempt().correctCount()).isZero();
        assertThat(nothing.attempt().scorePercent()).isEqualByComparingTo("0");
        assertThat(nothing.attempt().passed()).isFalse();
        assertThat(nothing.progress().passedModuleIds()).isEmpty();
    }

    @Test
    void aCourseWithAnUncompletedPrerequisiteCannotBeEnrolledIn() {
        SeededCourse basics = fixtures.standardCourse(true, Set.of(), 2);
        SeededCourse advanced = fixtures.standardCourse(true, Set.of(code(basics)), 4);
        AccountId trainee = someone();

        CourseOverview overview = views.course(code(advanced), Optional.of(trainee), false, Locale.ENGLISH)
                .orElseThrow();
        assertThat(overview.missingPrerequisites()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(basics.code());
            assertThat(p.title()).isEqualTo(basics.titleEn());
        });
        assertThatThrownBy(() -> enrolments.enrol(trainee, code(advanced)))
                .isInstanceOfSatisfying(CoursesException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("courses.error.prerequisite_missing");
                    assertThat(e.arguments()).containsExactly(code(basics));
                });
        assertThat(enrolments.find(trainee, code(advanced))).isEmpty();

        complete(trainee, basics);

        assertThat(views.course(code(advanced), Optional.of(trainee), false, Locale.ENGLISH)
                        .orElseThrow()
                        .missingPrerequisites())
                .isEmpty();
        assertThat(enrolments.enrol(trainee, code(advanced))).isNotNull();
    }

    @Test
    void openingALessonMakesItThePlaceToResume() {
        SeededCourse course = fixtures.standardCourse(true, Set.of(), 6);
        AccountId trainee = someone();
        enrolments.enrol(trainee, code(course));
        List<Long> lessons = course.allLessonIds();
        assertThat(enrolments.progress(trainee, code(course)).resumeLessonId()).isEqualTo(lessons.get(0));

        LessonPage third = views.openLesson(lessons.get(2), Optional.of(trainee), false, Locale.ENGLISH)
                .orElseThrow();

        assertThat(third.access()).isEqualTo(LessonPage.Access.LEARNER);
        assertThat(third.previous().id()).isEqualTo(lessons.get(1));
        assertThat(third.next()).isNull();
        assertThat(enrolments.progress(trainee, code(course)).resumeLessonId()).isEqualTo(lessons.get(2));
        assertThat(views.course(code(course), Optional.of(trainee), false, Locale.ENGLISH)
                        .orElseThrow()
                        .standing()
                        .resumeLessonId())
                .isEqualTo(lessons.get(2));
    }

    @Test
    void theCatalogueFindsWordsInEitherLanguageAndFilters() {
        SeededCourse course = fixtures.standardCourse(true, Set.of(), 6);
        AccountId trainee = someone();

        assertThat(codes(new CatalogQuery(course.marker().toUpperCase(Locale.ROOT), null, null, null), trainee))
                .containsExactly(course.code());
        assertThat(codes(new CatalogQuery(course.zhOnlyMarker(), null, null, null), trainee))
                .containsExactly(course.code());
        assertThat(codes(
                        new CatalogQuery(
                                course.marker(),
                                QualificationLevel.INTERMEDIATE,
                                Track.SERVICE,
                                SyllabusModule.PRACTICAL_SKILLS),
                        trainee))
                .containsExactly(course.code());
        assertThat(codes(new CatalogQuery(course.marker(), QualificationLevel.SENIOR, null, null), trainee))
                .isEmpty();
        assertThat(codes(new CatalogQuery(course.marker(), null, Track.JUDICIAL, null), trainee))
                .isEmpty();
        assertThat(codes(new CatalogQuery(course.marker(), null, null, SyllabusModule.POLICY_LAW), trainee))
                .isEmpty();
        // A LIKE wildcard is searched for, not obeyed.
        assertThat(codes(new CatalogQuery("qz%" + course.marker().substring(2), null, null, null), trainee))
                .isEmpty();

        enrolments.enrol(trainee, code(course));
        enrolments.markLessonDone(trainee, course.allLessonIds().get(0));
        CourseCard card = views.catalogue(
                        new CatalogQuery(course.marker(), null, null, null), Optional.of(trainee), Locale.CHINESE)
                .get(0);
        assertThat(card.title()).isEqualTo(course.titleZh());
        assertThat(card.totalMinutes()).isEqualTo(12 + 15 + 20);
        assertThat(card.levels()).containsExactly(QualificationLevel.JUNIOR, QualificationLevel.INTERMEDIATE);
        assertThat(card.standing().percent()).isEqualTo(20);
        assertThat(views.catalogue(
                                new CatalogQuery(course.marker(), null, null, null), Optional.empty(), Locale.CHINESE)
                        .get(0)
                        .enrolled())
                .isFalse();
    }

    private List<String> codes(CatalogQuery query, AccountId reader) {
        return views.catalogue(query, Optional.of(reader), Locale.ENGLISH).stream()
                .map(CourseCard::code)
                .toList();
    }

    private void complete(AccountId trainee, SeededCourse course) {
        enrolments.enrol(trainee, code(course));
        course.allLessonIds().forEach(lesson -> enrolments.markLessonDone(trainee, lesson));
        for (int module = 0; module < course.moduleIds().size(); module++) {
            submitRight(trainee, course, module);
        }
        assertThat(enrolments.completion(trainee, code(course))).isPresent();
    }

    /** Answers every item of the standard course's module right. */
    private QuizResult submitRight(AccountId trainee, SeededCourse course, int module) {
        List<Long> items = course.itemIds().get(module);
        List<String> answers = CourseFixtures.STANDARD_ANSWERS.get(module);
        Map<Long, PracticeAnswer> given = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            given.put(items.get(i), answer(answers.get(i)));
        }
        return enrolments.submitQuiz(trainee, course.moduleIds().get(module), given);
    }

    private static PracticeAnswer answer(String text) {
        if (text.equals("true") || text.equals("false")) {
            return PracticeAnswer.judging(Boolean.parseBoolean(text));
        }
        if (Character.isDigit(text.charAt(0))) {
            return PracticeAnswer.numbering(new BigDecimal(text));
        }
        return PracticeAnswer.choosing(Set.copyOf(
                List.of(text.split(",")).stream().map(key -> key.charAt(0)).toList()));
    }

    /** "True" (right) for the first {@code right} items; the rest false, or left out when {@code omitRest}. */
    private static Map<Long, PracticeAnswer> trueFor(List<Long> items, int right, boolean omitRest) {
        Map<Long, PracticeAnswer> answers = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (i < right) {
                answers.put(items.get(i), PracticeAnswer.judging(true));
            } else if (!omitRest) {
                answers.put(items.get(i), PracticeAnswer.judging(false));
            }
        }
        return answers;
    }

    private List<CourseCompleted> eventsFor(AccountId account) {
        return completions.events().stream()
                .filter(event -> event.completion().account().equals(account))
                .toList();
    }

    private static CourseCode code(SeededCourse course) {
        return new CourseCode(course.code());
    }

    private static AccountId someone() {
        return new AccountId(NEXT_ACCOUNT.incrementAndGet());
    }
}

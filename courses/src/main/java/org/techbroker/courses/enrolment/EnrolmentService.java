package org.techbroker.courses.enrolment;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.practice.PracticeAnswer;
import org.techbroker.courses.shared.AccountId;

/**
 * Learning: enrolling in published courses, reading lessons and marking them done, taking the
 * module quizzes, and the completion that follows. Other modules ask {@link #completion} whether
 * a person has completed a course.
 */
public interface EnrolmentService {

    /** Enrols the person; enrolling again returns the existing enrolment. */
    Enrolment enrol(@NotNull AccountId account, @NotNull CourseCode course);

    Optional<Enrolment> find(@NotNull AccountId account, @NotNull CourseCode course);

    List<Enrolment> enrolments(@NotNull AccountId account);

    /** The lesson, for an enrolled person, remembered as the place to resume. */
    Lesson openLesson(@NotNull AccountId account, long lessonId);

    Progress markLessonDone(@NotNull AccountId account, long lessonId);

    /** Scores a module quiz; unanswered items count as wrong. */
    QuizResult submitQuiz(@NotNull AccountId account, long moduleId, @NotNull Map<Long, PracticeAnswer> answers);

    Progress progress(@NotNull AccountId account, @NotNull CourseCode course);

    /** The person's quiz attempts in the course, oldest first; none when not enrolled. */
    List<QuizAttempt> attempts(@NotNull AccountId account, @NotNull CourseCode course);

    /** Whether, and when, the person completed the course. */
    Optional<CourseCompletion> completion(@NotNull AccountId account, @NotNull CourseCode course);

    List<CourseCompletion> completions(@NotNull AccountId account);
}

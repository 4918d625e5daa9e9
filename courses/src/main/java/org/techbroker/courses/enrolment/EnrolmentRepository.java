package org.techbroker.courses.enrolment;

import java.util.List;
import java.util.Optional;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.AccountId;

/** Where enrolments and quiz attempts are kept. */
public interface EnrolmentRepository {

    Optional<Enrolment> find(AccountId account, CourseCode course);

    List<Enrolment> findByAccount(AccountId account);

    void add(Enrolment enrolment);

    void add(QuizAttempt attempt);

    List<QuizAttempt> attempts(Enrolment enrolment);

    /** How many people are enrolled in the course: authors see it before they remove content. */
    long countEnrolled(Course course);
}

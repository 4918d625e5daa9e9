package org.techbroker.courses.enrolment;

import java.time.Instant;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.AccountId;

/** That a person completed a course, when, and the credit hours it earned them. */
public record CourseCompletion(AccountId account, CourseCode course, Instant completedAt, int creditHours) {}

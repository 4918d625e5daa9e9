package org.techbroker.courses.catalog;

/** Whether trainees can see a course: drafts are for authors only. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED
}

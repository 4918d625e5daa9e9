package org.techbroker.courses.content;

import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.Lesson;

/**
 * The few persistence steps a re-import needs beyond the catalogue's repository. A lesson belongs
 * to its module for life in the domain (authors move lessons only within a module), but a course
 * file may move a lesson to another module; keeping the lesson's id, and so every trainee's
 * progress on it, then takes a change of its module in the database.
 */
public interface CourseStructure {

    /** Writes pending changes, so that new modules and lessons have their ids. */
    void flush();

    /** Moves the lesson, with its id, to another module of the same course; its position is arranged later. */
    void moveLesson(Lesson lesson, CourseModule target);

    /** The course read afresh from the database, after {@link #moveLesson}. */
    Course reload(Course course);
}

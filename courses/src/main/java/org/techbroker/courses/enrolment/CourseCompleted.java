package org.techbroker.courses.enrolment;

/**
 * Fired (as a CDI event, after the completion is stored in the same transaction) when a person
 * completes a course; CPD crediting and exam eligibility react to it.
 */
public record CourseCompleted(CourseCompletion completion) {}

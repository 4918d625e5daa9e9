/**
 * The courses module: the catalogue, lessons, enrolment and progress, the practice bank and its
 * quizzes. It knows nothing of exams or certificates; the certification module asks it whether a
 * person has completed a course through its services.
 */
package org.techbroker.courses;

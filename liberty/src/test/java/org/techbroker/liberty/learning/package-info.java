/**
 * Learning, tested in the server and from outside: enrolment, progress, quizzes and completion
 * through the services, and what the catalogue and learning pages show to whom.
 */
package org.techbroker.liberty.learning;

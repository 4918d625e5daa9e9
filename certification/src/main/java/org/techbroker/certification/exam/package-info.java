/**
 * Qualification exams: the confidential item bank with its versions, blueprints per level,
 * sittings and registrations, timed attempts with server-side deadlines, and scoring.
 *
 * <p>Confidentiality is a property of the types: what leaves this package for a candidate is an
 * {@link org.techbroker.certification.exam.AttemptView}, which has no field for a key until the
 * sitting's results are released.
 */
package org.techbroker.certification.exam;

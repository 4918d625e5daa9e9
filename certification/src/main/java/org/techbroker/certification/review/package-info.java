/**
 * Essay review: every submitted essay becomes a {@link org.techbroker.certification.review.Script}
 * under an anonymous code, two examiners mark it blind and independently against the prompt's
 * rubric, marks that diverge beyond the prompt's threshold go to a chief examiner, and candidates
 * may appeal after release. Reference scripts calibrate examiners; agreement statistics and
 * similarity flags tell the chief examiner where marking or writing needs a second look. Only
 * {@link org.techbroker.certification.review.Script} holds whose essay it is; nothing an examiner
 * reads is built from it.
 */
package org.techbroker.certification.review;

/**
 * How closely essay examiners agree when two of them mark the same script independently: exact and
 * adjacent agreement, quadratic-weighted kappa and the intraclass correlation for a sitting, and per
 * examiner the same figures plus severity, so that a chief examiner can see whether double marking
 * is consistent and which examiner marks harder or softer than colleagues before results are
 * released. Plain Java without persistence, so that the formulas can be checked against published
 * examples; {@link org.techbroker.certification.review.agreement.AgreementStatistics} states the
 * rules.
 */
package org.techbroker.certification.review.agreement;

/**
 * The chief examiner's pages under {@code review/chief/}: the dashboard of decisions and waiting
 * places, a sitting's scripts with reassignment and history, everyone's agreement figures, the
 * similarity flags with their passages side by side, and calibration (thresholds and reference
 * scripts). Examiners appear by name and username; candidates never appear at all.
 */
package org.techbroker.app.review.chief;

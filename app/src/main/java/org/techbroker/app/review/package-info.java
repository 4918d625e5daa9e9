/**
 * Essay review pages: the examiner's marking list, the marking form, conflicts of interest and own
 * agreement figures, and the examiners' feedback with the appeal form on the candidate's result.
 * Nothing an examiner's page shows is derived from the candidate.
 */
package org.techbroker.app.review;

/**
 * The technology-valuation engine: the cost, market and income approaches, royalty-based values and
 * a two-stage real option on a binomial lattice. Interactive lessons show its working and practice
 * questions check trainees' answers against it, so every result carries its intermediate steps and
 * every amount follows one rounding policy ({@link org.techbroker.courses.valuation.Precision}). It
 * is plain Java with no persistence; impossible inputs raise a {@link
 * org.techbroker.courses.CoursesException} of kind INVALID whose key the web layer localises.
 */
package org.techbroker.courses.valuation;

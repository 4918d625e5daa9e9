/**
 * Near-duplicate detection among the essays of one exam sitting, so that the chief examiner sees
 * which candidates handed in much the same text and, side by side, the passages they share. Essays
 * are compared as sets of shingles (short runs of words, or of ideographs in Chinese, in one token
 * stream so that mixed Chinese and English text works); MinHash signatures with banding pick the
 * few pairs worth a look out of the half million in a sitting of a thousand, and each of those is
 * then measured exactly, so a reported similarity is never an estimate. Spelling-level disguises
 * (full-width letters, Chinese or ASCII punctuation, case, spacing) do not hide a copy. A flag asks
 * the examiner to read both essays; it is not a finding of misconduct. The code is plain Java
 * without persistence, so that it can be checked against hand-worked examples; inconsistent input
 * (two essays with one key, a threshold outside (0, 1]) is a programming error of the caller and
 * raises {@link IllegalArgumentException}.
 */
package org.techbroker.certification.review.similarity;

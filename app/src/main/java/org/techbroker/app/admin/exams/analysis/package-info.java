/**
 * The administrators' item analysis page of a sitting ({@code admin/exams/analysis.xhtml}): the
 * statistics of the totals, the items to review, each item's distractors, charts, and the CSV table.
 */
package org.techbroker.app.admin.exams.analysis;

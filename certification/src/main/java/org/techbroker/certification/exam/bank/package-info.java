/**
 * The item bank as administrators keep it: finding, writing and revising items (a seen version is
 * never changed: revising it adds a version), retiring and activating them, and importing whole
 * files of the {@code techbroker-exam-items/1} format, with one set of rules ({@link
 * org.techbroker.certification.exam.bank.ItemRules}) for the editor and the import alike.
 */
package org.techbroker.certification.exam.bank;

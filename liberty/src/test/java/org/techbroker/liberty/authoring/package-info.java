/**
 * Course authoring from outside and inside the server: who may author, the authoring and
 * catalogue APIs, optimistic locking, lesson revisions that keep trainees' progress, and lesson
 * attachments (what is accepted, who may download, with which headers).
 */
package org.techbroker.liberty.authoring;

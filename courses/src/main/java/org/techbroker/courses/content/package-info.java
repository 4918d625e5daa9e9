/**
 * Course content as files: the strict reader of the {@code techbroker-course/1} format and of
 * course archives, the importer that turns a validated set of files into courses (creating new
 * ones, updating stored ones without losing trainees' progress), the exporter that writes courses
 * back as the same archive, the store of lesson attachments, and the lesson-body sanitiser.
 */
package org.techbroker.courses.content;

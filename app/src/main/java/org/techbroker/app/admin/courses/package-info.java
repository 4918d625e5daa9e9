/**
 * Course authoring pages for administrators: the list of every course, the course editor
 * (description, modules, lessons), the lesson editor with attachments, and the trainee's-eye
 * preview. Pages read {@link org.techbroker.app.admin.courses.CourseOutlines} and change things
 * through the catalogue service only.
 */
package org.techbroker.app.admin.courses;

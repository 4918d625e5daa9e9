/**
 * Administration of the course catalogue: the list of every course, the course editor
 * (description, modules, lessons), the lesson editor with attachments, and the import and export
 * of course archives. The authoring pages read {@link org.techbroker.app.admin.courses.CourseOutlines}
 * and change things through the catalogue service only.
 */
package org.techbroker.app.admin.courses;

/**
 * The administrators' exam pages: the item bank (list, editor, import), blueprints per level,
 * sittings, and a sitting's registrations with extra time and the release of results.
 */
package org.techbroker.app.admin.exams;

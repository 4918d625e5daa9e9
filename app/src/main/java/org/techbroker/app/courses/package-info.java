/** The public course pages: the catalogue with its search and filters, and each course's overview. */
package org.techbroker.app.courses;

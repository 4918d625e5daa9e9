/** Administration of the course catalogue: import and export of course archives. */
package org.techbroker.app.admin.courses;

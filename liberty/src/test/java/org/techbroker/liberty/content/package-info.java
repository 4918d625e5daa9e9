/** Course content in the server: the seeded catalogue, course import and export, and the import page. */
package org.techbroker.liberty.content;

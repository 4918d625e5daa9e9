/** In-server, client and browser tests of the qualification exams. */
package org.techbroker.liberty.exam;

/** The frame around every page: header (language switch, sign-out), messages by key, error pages. */
package org.techbroker.app.shell;

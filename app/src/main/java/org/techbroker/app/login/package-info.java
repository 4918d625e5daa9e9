/** The login page. */
package org.techbroker.app.login;

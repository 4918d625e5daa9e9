/** What every page and response shares: security headers and the guard of the administration area. */
package org.techbroker.app.web;

/**
 * Signing in and out: the identity store over Techbroker's accounts, the login throttle, the
 * session login shared by the login page and the JSON API, and the CSRF token of the API.
 */
package org.techbroker.app.security;

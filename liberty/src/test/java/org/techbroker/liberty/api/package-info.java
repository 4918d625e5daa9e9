/** The JSON API from outside: a session from registration to sign-out, and every kind of bad request. */
package org.techbroker.liberty.api;

/**
 * Signing in and what guards the application: refusals that tell nothing, lock-out and throttling,
 * roles, security headers and cookie flags.
 */
package org.techbroker.liberty.security;

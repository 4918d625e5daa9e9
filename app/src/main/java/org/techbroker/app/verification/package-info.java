/**
 * The web side of certificate verification: per-client rate limits and the scheduler that writes
 * the verification log and the API keys' last uses off the request path.
 */
package org.techbroker.app.verification;

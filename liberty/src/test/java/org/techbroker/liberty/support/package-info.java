/**
 * What the integration tests share: the archives they deploy, a visitor of the API with its own
 * session, invented people, the checks every problem document must pass, and the one test-only
 * servlet that creates administrators.
 */
package org.techbroker.liberty.support;

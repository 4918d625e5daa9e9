/**
 * What the integration tests share: the archives they deploy, a visitor of the API with its own
 * session, invented people, the checks every problem document must pass, and the test-only
 * servlets that create administrators and seed courses.
 */
package org.techbroker.liberty.support;

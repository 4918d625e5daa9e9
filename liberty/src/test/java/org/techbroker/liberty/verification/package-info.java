/**
 * Tests of certificate verification from outside: the lookup and bulk APIs, their problems and rate
 * limits, enterprises' API keys, the status lists, and what holders see of the checks.
 */
package org.techbroker.liberty.verification;

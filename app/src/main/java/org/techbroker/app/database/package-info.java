/**
 * The database as the application sees it: the Flyway migrations run at start-up, the dialect
 * choice Hibernate cannot make alone, and the readiness probe.
 */
package org.techbroker.app.database;

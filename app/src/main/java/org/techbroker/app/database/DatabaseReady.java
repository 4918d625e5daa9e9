package org.techbroker.app.database;

/** Fired once at start-up, after the schema is up to date; start-up work that needs tables observes it. */
public record DatabaseReady() {}

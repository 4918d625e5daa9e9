package org.techbroker.courses.catalog;

/** The four specialisations of technology brokers: service, review, management and judicial. */
public enum Track {
    SERVICE,
    REVIEW,
    MANAGEMENT,
    JUDICIAL
}

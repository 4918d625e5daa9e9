package org.techbroker.certification.profile;

/** What a disclosure is about. */
public enum DisclosureCategory {
    /** A sanction by the training centre or a professional body. */
    DISCIPLINARY,
    /** A client's complaint that was upheld, or is still being examined. */
    CUSTOMER_COMPLAINT,
    /** An action by a regulator or a court about the broker's work. */
    REGULATORY
}

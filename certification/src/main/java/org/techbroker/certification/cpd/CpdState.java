package org.techbroker.certification.cpd;

/** Where an activity stands: external entries wait for an administrator; course completions are approved at once. */
public enum CpdState {
    PENDING,
    APPROVED,
    REJECTED
}

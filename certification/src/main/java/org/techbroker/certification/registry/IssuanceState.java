package org.techbroker.certification.registry;

/** Where a qualifying pass stands on its way to a certificate. */
public enum IssuanceState {
    PENDING,
    ISSUED,
    REJECTED,
    /** The result it rested on is no longer a pass; what it issued was revoked. */
    WITHDRAWN
}

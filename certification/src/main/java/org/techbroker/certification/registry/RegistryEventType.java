package org.techbroker.certification.registry;

/** What happened to a certificate, as the registry's history names it. */
public enum RegistryEventType {
    ISSUED,
    SUSPENDED,
    REINSTATED,
    REVOKED,
    EXPIRED,
    SUPERSEDED
}

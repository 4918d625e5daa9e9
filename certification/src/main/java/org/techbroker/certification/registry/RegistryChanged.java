package org.techbroker.certification.registry;

/**
 * Fired (as a CDI event, inside the changing transaction) whenever a certificate is issued or its
 * status changes, so that anything derived from the registry (published status lists, caches)
 * can be brought up to date.
 */
public record RegistryChanged(String number, long statusListId) {}

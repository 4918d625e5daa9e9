package org.techbroker.app.apikey;

/** Fired inside the transaction that revokes a key, so that caches of this server forget it on commit. */
public record ApiKeyRevoked(String secretSha256) {}

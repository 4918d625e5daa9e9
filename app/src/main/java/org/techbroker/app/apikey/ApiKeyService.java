package org.techbroker.app.apikey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.OptionalInt;
import org.techbroker.app.account.Actor;
import org.techbroker.courses.shared.AccountId;

/** An enterprise's management of its own API keys. Only enterprise accounts hold keys. */
public interface ApiKeyService {

    /**
     * A new key for the enterprise account; the answer carries the secret, which is shown this
     * once and kept nowhere. FORBIDDEN "apikey.error.not_enterprise" for any other account.
     */
    CreatedKey create(@NotNull AccountId owner, @NotBlank @Size(max = ApiKey.NAME_MAX) String name);

    /** The account's keys, newest first, revoked ones included. */
    List<ApiKey> keysOf(@NotNull AccountId owner);

    /**
     * Revokes one of the account's keys (again is harmless); NOT_FOUND "apikey.error.not_found"
     * for a key that is not the account's. Every server refuses it within a second.
     */
    ApiKey revoke(@NotNull AccountId owner, long keyId);

    /**
     * An administrator sets the key's own limit of lookups a minute, between 1 and {@link
     * ApiKey#PER_MINUTE_MAX}, or empty for techbroker.verification.key-per-minute; recorded in the
     * audit log with the key's owner. Every server applies it within a second. NOT_FOUND
     * "apikey.error.key_unknown" for no such key, INVALID "apikey.error.limit_range" outside the
     * range. perMinute is never null (empty means the default; a constraint on it would apply to
     * its value).
     */
    ApiKey setLimit(long keyId, OptionalInt perMinute, @NotNull Actor actor);

    /** A key just made, and its secret. */
    record CreatedKey(ApiKey key, String secret) {}
}

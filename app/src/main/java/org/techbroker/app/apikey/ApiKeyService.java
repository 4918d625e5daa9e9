package org.techbroker.app.apikey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
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

    /** A key just made, and its secret. */
    record CreatedKey(ApiKey key, String secret) {}
}

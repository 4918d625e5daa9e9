package org.techbroker.app.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountException;
import org.techbroker.app.account.AccountRepository;
import org.techbroker.app.account.Actor;
import org.techbroker.app.account.Role;
import org.techbroker.app.audit.AuditEventType;
import org.techbroker.app.audit.AuditLog;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/** API keys over the repository. */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultApiKeyService implements ApiKeyService {

    @Inject
    ApiKeyRepository keys;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    Event<ApiKeyRevoked> revoked;

    @Inject
    AuditLog auditLog;

    @Override
    public CreatedKey create(AccountId owner, String name) {
        boolean enterprise =
                accounts.findById(owner).map(a -> a.hasRole(Role.ENTERPRISE)).orElse(false);
        if (!enterprise) {
            throw new AccountException(Kind.FORBIDDEN, "apikey.error.not_enterprise");
        }
        String secret = ApiKeySecrets.newSecret();
        ApiKey key = new ApiKey(
                owner,
                name,
                ApiKeySecrets.prefixOf(secret),
                ApiKeySecrets.hash(secret),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        keys.add(key);
        return new CreatedKey(key, secret);
    }

    /**
     * A key with a secret chosen beforehand, for the demo data only: the README shows the demo
     * enterprise's secret. Never offered to users, who only get random secrets.
     */
    public CreatedKey createWithSecret(AccountId owner, String name, String secret) {
        if (!secret.startsWith(ApiKeySecrets.PREFIX) || secret.length() < ApiKey.PREFIX_LENGTH) {
            throw new IllegalArgumentException("Not an API key secret");
        }
        ApiKey key = new ApiKey(
                owner,
                name,
                ApiKeySecrets.prefixOf(secret),
                ApiKeySecrets.hash(secret),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        keys.add(key);
        return new CreatedKey(key, secret);
    }

    @Override
    public List<ApiKey> keysOf(AccountId owner) {
        return keys.ownedBy(owner);
    }

    @Override
    public ApiKey setLimit(long keyId, OptionalInt perMinute, Actor actor) {
        Objects.requireNonNull(perMinute);
        if (perMinute.isPresent() && (perMinute.getAsInt() < 1 || perMinute.getAsInt() > ApiKey.PER_MINUTE_MAX)) {
            throw new AccountException(Kind.INVALID, "apikey.error.limit_range", ApiKey.PER_MINUTE_MAX);
        }
        ApiKey key = keys.findById(keyId)
                .orElseThrow(() -> new AccountException(Kind.NOT_FOUND, "apikey.error.key_unknown", keyId));
        key.limit(perMinute);
        String owner = accounts.findById(key.owner()).map(Account::username).orElse("");
        auditLog.record(
                AuditEventType.API_KEY_LIMIT_CHANGED,
                actor.username(),
                owner,
                actor.clientAddress(),
                key.prefix() + " " + (perMinute.isPresent() ? perMinute.getAsInt() + "/min" : "default"));
        // The servers' caches of the key last at most a second; a revocation is not needed here.
        return key;
    }

    @Override
    public ApiKey revoke(AccountId owner, long keyId) {
        ApiKey key = keys.findById(keyId)
                .filter(k -> k.owner().equals(owner))
                .orElseThrow(() -> new AccountException(Kind.NOT_FOUND, "apikey.error.not_found", keyId));
        key.revoke(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        revoked.fire(new ApiKeyRevoked(key.secretSha256()));
        return key;
    }
}

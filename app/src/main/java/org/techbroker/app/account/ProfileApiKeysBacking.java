package org.techbroker.app.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.techbroker.app.apikey.ApiKey;
import org.techbroker.app.apikey.ApiKeyService;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.certification.verification.VerificationSettings;
import org.techbroker.courses.shared.DomainException;

/**
 * The API keys section of an enterprise's profile: create a key (its secret shown on this page
 * once, until the next action), list the keys, revoke one. Other accounts do not see the section.
 */
@Named
@ViewScoped
public class ProfileApiKeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "apiKeys";

    @Inject
    transient ApiKeyService keys;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient ValidatorFactory validatorFactory;

    @Inject
    transient VerificationSettings settings;

    private boolean enterprise;
    private List<Row> rows = List.of();
    private String name;
    private String newSecret;

    @PostConstruct
    void load() {
        enterprise = caller.isInRole(Role.ENTERPRISE_NAME);
        reload();
    }

    private void reload() {
        rows = enterprise
                ? keys.keysOf(caller.requireAccountId()).stream()
                        .map(k -> new Row(k, settings.keyPerMinute()))
                        .toList()
                : List.of();
    }

    public void create() {
        newSecret = null;
        try {
            ApiKeyService.CreatedKey created = keys.create(caller.requireAccountId(), name == null ? "" : name.strip());
            newSecret = created.secret();
            name = null;
            FacesMessages.info("profile.api_keys.message.created", created.key().name());
        } catch (ConstraintViolationException e) {
            FacesMessages.violations(FORM, e, validatorFactory.getMessageInterpolator());
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        reload();
    }

    public void revoke(long id) {
        newSecret = null;
        try {
            ApiKey key = keys.revoke(caller.requireAccountId(), id);
            FacesMessages.info("profile.api_keys.message.revoked", key.name());
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        reload();
    }

    public boolean isEnterprise() {
        return enterprise;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The secret of the key just created; null once the page does anything else. */
    public String getNewSecret() {
        return newSecret;
    }

    /** A key as the list shows it (JavaBean getters: EL 5 reads no record components). */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String name;
        private final String prefix;
        private final int perMinute;
        private final Instant createdAt;
        private final Instant lastUsedAt;
        private final boolean revoked;

        Row(ApiKey key, int defaultPerMinute) {
            this.id = key.id();
            this.name = key.name();
            this.prefix = key.prefix();
            this.perMinute = key.perMinute().orElse(defaultPerMinute);
            this.createdAt = key.createdAt();
            this.lastUsedAt = key.lastUsedAt().orElse(null);
            this.revoked = key.isRevoked();
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getPrefix() {
            return prefix;
        }

        public int getPerMinute() {
            return perMinute;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        public Instant getLastUsedAt() {
            return lastUsedAt;
        }

        public boolean isRevoked() {
            return revoked;
        }
    }
}

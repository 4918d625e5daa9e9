package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.techbroker.app.apikey.ApiKeyAuthenticator.ActiveKey;
import org.techbroker.certification.verification.Verifier;

/** Who is calling a verification endpoint, as {@link VerificationAccess} found: a key, or no one. */
@RequestScoped
public class VerificationCaller {

    private ActiveKey key;

    void authenticated(ActiveKey key) {
        this.key = key;
    }

    public Optional<ActiveKey> key() {
        return Optional.ofNullable(key);
    }

    /** The verifier to log: the key's enterprise, or anonymous. */
    public Verifier verifier() {
        return key == null ? Verifier.ANONYMOUS : Verifier.byKey(key.owner(), key.id());
    }
}

package org.techbroker.certification.verification;

import java.util.Objects;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/**
 * Who checks a certificate: anonymous, or an enterprise account by one of its API keys (or signed
 * in on the page, without a key).
 */
public record Verifier(Optional<AccountId> enterprise, Optional<Long> apiKeyId) {

    public static final Verifier ANONYMOUS = new Verifier(Optional.empty(), Optional.empty());

    public Verifier {
        Objects.requireNonNull(enterprise);
        Objects.requireNonNull(apiKeyId);
    }

    public static Verifier byKey(AccountId enterprise, long apiKeyId) {
        return new Verifier(Optional.of(enterprise), Optional.of(apiKeyId));
    }

    public static Verifier enterprise(AccountId enterprise) {
        return new Verifier(Optional.of(enterprise), Optional.empty());
    }
}

package org.techbroker.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.techbroker.app.account.Role;

/**
 * The Jakarta Security identity store over Techbroker's own accounts. Groups are the role names,
 * which the server maps to the application's security roles of the same name.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @Inject
    LoginAttempts loginAttempts;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            return loginAttempts
                    .attempt(login.getCaller(), login.getPassword().getValue(), request.getRemoteAddr())
                    .map(signedIn -> new CredentialValidationResult(
                            signedIn.username(),
                            signedIn.roles().stream().map(Role::name).collect(Collectors.toSet())))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (PersistenceException | TransactionalException e) {
            // Two attempts on one account at the same instant: the later one lost the optimistic
            // lock on the failure count. Refusing it is safe; the person simply tries again.
            LOG.log(Level.FINE, "Concurrent login attempt refused", e);
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}

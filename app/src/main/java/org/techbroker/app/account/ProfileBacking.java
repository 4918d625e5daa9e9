package org.techbroker.app.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import java.io.Serializable;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.i18n.SupportedLocales;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.courses.shared.DomainException;

/**
 * The signed-in person's own profile: their details (the username stays), their password and
 * their language. The details carry the version read, so that two tabs saving at once cannot
 * silently overwrite each other.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DETAILS_FORM = "details";
    static final String PASSWORD_FORM = "password";

    @Inject
    transient AccountService accounts;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient LocaleSelection localeSelection;

    @Inject
    transient ValidatorFactory validatorFactory;

    private String username;
    private PersonalDetailsForm details;
    private long version;
    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private String language;

    @PostConstruct
    void load() {
        reload(accounts.getByUsername(caller.requireUsername()));
        language = localeSelection.getLocale().toLanguageTag();
    }

    private void reload(Account account) {
        username = account.username();
        details = PersonalDetailsForm.of(account.details());
        version = account.version();
    }

    public void saveDetails() {
        try {
            reload(accounts.updateDetails(username, details.toDetails(), version, caller.actor()));
            FacesMessages.info("profile.message.details_saved");
        } catch (ConstraintViolationException e) {
            FacesMessages.violations(DETAILS_FORM, e, validatorFactory.getMessageInterpolator());
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
    }

    public void changePassword() {
        try {
            if (newPassword == null || !newPassword.equals(confirmation)) {
                FacesMessages.error(PASSWORD_FORM + ":confirmation", "account.password.mismatch");
                return;
            }
            accounts.changePassword(
                    username, currentPassword == null ? "" : currentPassword, newPassword, caller.actor());
            reload(accounts.getByUsername(username));
            FacesMessages.info("profile.message.password_changed");
        } catch (DomainException e) {
            FacesMessages.error(
                    e.messageKey().startsWith("account.password.")
                            ? PASSWORD_FORM + ":newPassword"
                            : PASSWORD_FORM + ":currentPassword",
                    e.messageKey(),
                    e.arguments());
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }

    public void saveLanguage() {
        SupportedLocales.fromTag(language).ifPresent(locale -> {
            localeSelection.choose(locale);
            accounts.changePreferredLocale(username, locale);
            reload(accounts.getByUsername(username));
            FacesMessages.info("profile.message.language_saved");
        });
    }

    public String getUsername() {
        return username;
    }

    public PersonalDetailsForm getDetails() {
        return details;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}

package org.techbroker.app.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.PersonalDetailsForm;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.courses.shared.DomainException;

/**
 * The registration page. The rules live in the account service (Bean Validation on the details,
 * the password policy); this bean only checks that the password was typed twice alike and shows
 * each failure next to its field. On success the new trainee goes to the login page.
 */
@Named
@RequestScoped
public class RegisterBacking {

    static final String FORM = "register";

    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    ValidatorFactory validatorFactory;

    private final PersonalDetailsForm details = new PersonalDetailsForm();
    private String password;
    private String confirmation;

    /** Registers, then shows the login page with a welcome; on failure, stays with the errors. */
    public String register() {
        if (password == null || !password.equals(confirmation)) {
            FacesMessages.error(FORM + ":confirmation", "account.password.mismatch");
            return null;
        }
        try {
            accounts.register(details.toDetails(), password, localeSelection.getLocale(), caller.actor());
        } catch (ConstraintViolationException e) {
            FacesMessages.violations(FORM, e, validatorFactory.getMessageInterpolator());
            return null;
        } catch (DomainException e) {
            FacesMessages.error(fieldOf(e.messageKey()), e.messageKey(), e.arguments());
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesMessages.info("register.message.done", details.getUsername().trim().toLowerCase(java.util.Locale.ROOT));
        return "/login?faces-redirect=true";
    }

    /** The input a business failure is about, so the message stands next to it. */
    static String fieldOf(String messageKey) {
        if (messageKey.startsWith("account.password.")) {
            return FORM + ":password";
        }
        return switch (messageKey) {
            case "account.error.username_taken" -> FORM + ":username";
            case "account.error.email_taken" -> FORM + ":email";
            default -> null;
        };
    }

    public PersonalDetailsForm getDetails() {
        return details;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}

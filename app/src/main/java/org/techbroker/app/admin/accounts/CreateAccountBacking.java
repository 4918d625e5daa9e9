package org.techbroker.app.admin.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.PersonalDetailsForm;
import org.techbroker.app.account.Role;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.courses.shared.DomainException;

/** An administrator creates an account (an examiner, an enterprise verifier, …) with its roles. */
@Named
@RequestScoped
public class CreateAccountBacking {

    static final String FORM = "create";

    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    @Inject
    ValidatorFactory validatorFactory;

    private final PersonalDetailsForm details = new PersonalDetailsForm();
    private String password;
    private List<Role> roles = new ArrayList<>(List.of(Role.TRAINEE));

    public String create() {
        if (roles == null || roles.isEmpty()) {
            FacesMessages.error(FORM + ":roles", "account.roles.required");
            return null;
        }
        Account created;
        try {
            created = accounts.create(details.toDetails(), password, EnumSet.copyOf(roles), caller.actor());
        } catch (ConstraintViolationException e) {
            FacesMessages.violations(FORM, e, validatorFactory.getMessageInterpolator());
            return null;
        } catch (DomainException e) {
            FacesMessages.error(
                    e.messageKey().startsWith("account.password.") ? FORM + ":password" : null,
                    e.messageKey(),
                    e.arguments());
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesMessages.info("admin_accounts_create.message.created", created.username());
        return "/admin/accounts/list?faces-redirect=true";
    }

    public Role[] getAllRoles() {
        return Role.values();
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

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }
}

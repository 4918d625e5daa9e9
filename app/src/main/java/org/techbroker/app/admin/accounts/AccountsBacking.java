package org.techbroker.app.admin.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountSearch;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Role;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.courses.shared.DomainException;

/**
 * The account list of administrators: search by text and role, page through the results, lock and
 * unlock, and edit an account's roles in a dialog.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient Clock clock;

    private String text;
    private Role role;
    private String editedUsername;
    private List<Role> editedRoles = new ArrayList<>();

    private final LazyDataModel<Account> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, accounts.count(new AccountSearch(text, role, 0, 1)));
        }

        @Override
        public List<Account> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return accounts.search(new AccountSearch(text, role, first, pageSize));
        }

        @Override
        public String getRowKey(Account account) {
            return account.username();
        }

        @Override
        public Account getRowData(String username) {
            return accounts.findByUsername(username).orElse(null);
        }
    };

    public LazyDataModel<Account> getModel() {
        return model;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public void lock(String username) {
        act(() -> accounts.lock(username, caller.actor()), "admin_accounts.message.locked", username);
    }

    public void unlock(String username) {
        act(() -> accounts.unlock(username, caller.actor()), "admin_accounts.message.unlocked", username);
    }

    public void editRoles(String username) {
        editedUsername = username;
        editedRoles = new ArrayList<>(accounts.getByUsername(username).roles());
    }

    public void saveRoles() {
        act(
                () -> accounts.changeRoles(
                        editedUsername,
                        editedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(editedRoles),
                        caller.actor()),
                "admin_accounts.message.roles_saved",
                editedUsername);
    }

    private void act(Runnable change, String successKey, String username) {
        try {
            change.run();
            FacesMessages.info(successKey, username);
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
    }

    public boolean isLockedOut(Account account) {
        return account.isLockedOutAt(clock.instant());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getEditedUsername() {
        return editedUsername;
    }

    public List<Role> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<Role> editedRoles) {
        this.editedRoles = editedRoles;
    }
}

package org.techbroker.app.admin.cpd;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.certification.cpd.CpdActivity;
import org.techbroker.certification.cpd.CpdService;
import org.techbroker.certification.cpd.CpdState;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException;

/**
 * The administrators' CPD queue: entries of a state (pending first), each with its holder, its
 * evidence and, for pending ones, approval or rejection with a reason. Entries drawn for audit are
 * marked; they are approved only once their evidence is there, which the reviewer opens first.
 */
@Named
@ViewScoped
public class CpdReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CpdService cpd;

    @Inject
    transient AccountService accounts;

    @Inject
    transient CurrentCaller caller;

    private CpdState state = CpdState.PENDING;
    private List<CpdActivity> entries;
    private final Map<Long, String> usernames = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        entries = cpd.inState(state);
    }

    public void filter() {
        load();
    }

    public void approve(long id) {
        try {
            cpd.approve(id, caller.requireAccountId());
            FacesMessages.info("admin_cpd.message.approved");
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        load();
    }

    public void reject(long id) {
        String reason = reasons.get(id);
        if (reason == null || reason.isBlank()) {
            FacesMessages.error(null, "cpd.error.reason_missing");
            return;
        }
        try {
            cpd.reject(id, caller.requireAccountId(), reason);
            reasons.remove(id);
            FacesMessages.info("admin_cpd.message.rejected");
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        load();
    }

    /** The holder's username, looked up once per holder. */
    public String holder(AccountId holder) {
        return usernames.computeIfAbsent(
                holder.value(),
                id -> accounts.findById(holder).map(Account::username).orElse("#" + id));
    }

    public List<CpdActivity> getEntries() {
        return entries;
    }

    public CpdState[] getStates() {
        return CpdState.values();
    }

    public CpdState getState() {
        return state;
    }

    public void setState(CpdState state) {
        this.state = state == null ? CpdState.PENDING : state;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}

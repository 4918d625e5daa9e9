package org.techbroker.app.admin.registry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.certificates.CertificateFacts;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Formats;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.certification.registry.IssuanceRequest;
import org.techbroker.certification.registry.RegistryChain;
import org.techbroker.certification.registry.RegistryEvent;
import org.techbroker.certification.registry.RegistrySettings;
import org.techbroker.courses.shared.DomainException;

/**
 * The registry's administration page ({@code admin/registry/index.xhtml}): search by number or
 * holder name, the check of the history's hash chain, and the passes waiting for an approval,
 * each approved or rejected with a reason. Administrators only ({@code AdminAreaFilter}).
 */
@Named
@ViewScoped
public class RegistryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A pass waiting for a decision, as the list shows it. */
    public record RequestRow(long id, String candidate, String level, String passedAt) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What the chain check found, said in the page's language. */
    public record ChainResult(boolean intact, String text) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient CertificateRegistry registry;

    @Inject
    transient AccountService accounts;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient RegistrySettings settings;

    @Inject
    transient Formats formats;

    private String query;
    private List<CertificateFacts> results;
    private ChainResult chain;
    private List<RequestRow> requests;
    private final Map<Long, String> rejectReasons = new HashMap<>();

    public void search() {
        if (query == null || query.isBlank()) {
            results = null;
            FacesMessages.error("search:query", "admin_registry.error.query_required");
            return;
        }
        List<Certificate> found = registry.search(query.strip());
        results = found.stream()
                .map(c -> CertificateFacts.of(c, settings.today()))
                .toList();
    }

    public void checkChain() {
        RegistryChain.ChainCheck check = registry.checkChain();
        if (check.intact()) {
            chain = new ChainResult(true, FacesMessages.text("admin_registry.chain.intact", check.eventsVerified()));
        } else {
            chain = new ChainResult(
                    false,
                    FacesMessages.text(
                            "admin_registry.chain.broken",
                            check.brokenAt().orElse(0L),
                            FacesMessages.text(check.problemKey().orElse("registry.chain.link_broken")),
                            check.eventsVerified()));
        }
    }

    public String approve(long requestId) {
        try {
            Certificate issued = registry.approve(requestId, caller.requireAccountId());
            FacesMessages.info("admin_registry.message.approved", issued.numberText());
        } catch (DomainException e) {
            RegistryPages.failure(e);
            return null;
        }
        return reload();
    }

    public String reject(long requestId) {
        String reason = rejectReasons.get(requestId);
        if (reason == null || reason.isBlank()) {
            FacesMessages.error(null, "admin_registry.error.reject_reason_required");
            return null;
        }
        if (reason.strip().length() > RegistryEvent.REASON_MAX) {
            FacesMessages.error(null, "admin_registry.error.reason_too_long", RegistryEvent.REASON_MAX);
            return null;
        }
        try {
            registry.reject(requestId, caller.requireAccountId(), reason.strip());
            FacesMessages.info("admin_registry.message.rejected", requestId);
        } catch (DomainException e) {
            RegistryPages.failure(e);
            return null;
        }
        return reload();
    }

    private static String reload() {
        RegistryPages.keepMessages();
        return "/admin/registry/index?faces-redirect=true";
    }

    public List<RequestRow> getRequests() {
        if (requests == null) {
            requests = registry.pendingRequests().stream().map(this::row).toList();
        }
        return requests;
    }

    private RequestRow row(IssuanceRequest request) {
        return new RequestRow(
                request.id(),
                RegistryPages.person(accounts, java.util.Optional.of(request.candidate())),
                request.level().name(),
                formats.dateTime(request.passedAt()));
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<CertificateFacts> getResults() {
        return results;
    }

    public ChainResult getChain() {
        return chain;
    }

    public Map<Long, String> getRejectReasons() {
        return rejectReasons;
    }

    public int getReasonMaxLength() {
        return RegistryEvent.REASON_MAX;
    }
}

package org.techbroker.app.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountSearch;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Formats;
import org.techbroker.certification.review.ConflictDeclaration;
import org.techbroker.certification.review.ConflictKind;
import org.techbroker.certification.review.MarkingService;
import org.techbroker.courses.shared.DomainException;

/**
 * The examiner's conflicts of interest ({@code review/conflicts.xhtml}): the declarations, and
 * forms to declare an organisation or a candidate, named by username or email as the examiner
 * knows them, and to withdraw one. Every change reloads the page, so a reload never declares
 * twice. A candidate declaration names the person the examiner named, which tells them nothing
 * about which scripts are whose.
 */
@Named
@ViewScoped
public class MyConflictsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many accounts a search for an email reads before the exact match is picked. */
    private static final int EMAIL_CANDIDATES = 50;

    /** A declaration as the list shows it. */
    public record Row(long id, ConflictKind kind, String subject, String declaredAt) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient MarkingService marking;

    @Inject
    transient AccountService accounts;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient Formats formats;

    private List<Row> declarations;
    private String organisation;
    private String candidate;

    public List<Row> getDeclarations() {
        if (declarations == null) {
            declarations = caller.accountId()
                    .map(examiner ->
                            marking.conflicts(examiner).stream().map(this::row).toList())
                    .orElse(List.of());
        }
        return declarations;
    }

    private Row row(ConflictDeclaration declaration) {
        String subject = declaration.kind() == ConflictKind.ORGANISATION
                ? declaration.organisation().orElse("")
                : declaration
                        .candidate()
                        .flatMap(accounts::findById)
                        .map(MyConflictsBacking::named)
                        .orElse("");
        return new Row(declaration.id(), declaration.kind(), subject, formats.dateTime(declaration.declaredAt()));
    }

    private static String named(Account account) {
        return account.nameZh() + " / " + account.nameLatin() + " (" + account.username() + ")";
    }

    public String declareOrganisation() {
        if (organisation == null || organisation.isBlank()) {
            FacesMessages.error("organisationForm:organisation", "review.error.organisation_required");
            return null;
        }
        try {
            marking.declareOrganisation(caller.requireAccountId(), organisation);
        } catch (DomainException e) {
            FacesMessages.error("organisationForm:organisation", e.messageKey(), e.arguments());
            return null;
        }
        return declared("review_conflicts.message.declared_organisation", organisation.strip());
    }

    public String declareCandidate() {
        Optional<Account> named = candidate == null ? Optional.empty() : resolve(candidate.strip());
        if (named.isEmpty()) {
            FacesMessages.error("candidateForm:candidate", "review.error.candidate_unknown");
            return null;
        }
        try {
            marking.declareCandidate(caller.requireAccountId(), named.get().id());
        } catch (DomainException e) {
            FacesMessages.error("candidateForm:candidate", e.messageKey(), e.arguments());
            return null;
        }
        return declared(
                "review_conflicts.message.declared_candidate", named.get().username());
    }

    /** The account of exactly this username, or else of exactly this email (in any case). */
    private Optional<Account> resolve(String usernameOrEmail) {
        if (usernameOrEmail.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> byUsername = accounts.findByUsername(usernameOrEmail);
        if (byUsername.isPresent() || !usernameOrEmail.contains("@")) {
            return byUsername;
        }
        String email = usernameOrEmail.toLowerCase(Locale.ROOT);
        return accounts.search(new AccountSearch(usernameOrEmail, null, 0, EMAIL_CANDIDATES)).stream()
                .filter(account -> account.email().toLowerCase(Locale.ROOT).equals(email))
                .findFirst();
    }

    public String withdraw(long declarationId) {
        try {
            marking.withdrawConflict(caller.requireAccountId(), declarationId);
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return null;
        }
        return declared("review_conflicts.message.withdrawn");
    }

    private static String declared(String key, Object... arguments) {
        FacesMessages.info(key, arguments);
        ReviewPages.keepMessages();
        return "/review/conflicts?faces-redirect=true";
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getCandidate() {
        return candidate;
    }

    public void setCandidate(String candidate) {
        this.candidate = candidate;
    }

    public int getOrganisationMaxLength() {
        return ConflictDeclaration.MAX_ORGANISATION_LENGTH;
    }
}

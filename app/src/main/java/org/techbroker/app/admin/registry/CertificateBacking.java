package org.techbroker.app.admin.registry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.certificates.CertificateFacts;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Formats;
import org.techbroker.app.shell.Responses;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.certification.registry.RegistryEvent;
import org.techbroker.certification.registry.RegistrySettings;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException;

/**
 * One certificate for administrators ({@code admin/registry/certificate.xhtml?number=…}): its
 * facts, its whole history with reasons and the names of those who acted, and the status changes
 * its current status allows ({@link CertificateStatus#canBecome}; a re-issue only from active, as
 * the registry has it). Every change needs a reason; a revocation, which is final, also needs its
 * confirmation ticked. A change that succeeds reloads the page (a re-issue opens the new
 * certificate); one the registry refuses, because the certificate moved on in the meantime, says
 * why and changes nothing. An unknown or malformed number answers 404.
 */
@Named
@ViewScoped
public class CertificateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "action";

    /** One event of the full history. */
    public record EventRow(
            long sequence,
            String at,
            String type,
            String from,
            String to,
            String actor,
            String reason,
            String publicNote)
            implements Serializable {
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

    private String number;
    private CertificateFacts certificate;
    private String holderAccount;
    private List<EventRow> history = List.of();
    private String reason;
    private String publicNote;
    private boolean revokeConfirmed;

    public void load() {
        Optional<Certificate> found = Optional.empty();
        if (number != null && CertificateNumber.isValid(number)) {
            found = registry.find(CertificateNumber.parse(number));
        }
        if (found.isEmpty()) {
            Responses.notFound();
            return;
        }
        Certificate read = found.get();
        number = read.numberText();
        certificate = CertificateFacts.of(read, settings.today());
        holderAccount = RegistryPages.person(accounts, Optional.of(read.holder()));
        history = registry.history(read.number()).stream().map(this::row).toList();
    }

    private EventRow row(RegistryEvent event) {
        return new EventRow(
                event.sequence(),
                formats.dateTime(event.occurredAt()),
                event.type().name(),
                event.fromStatus().map(Enum::name).orElse(""),
                event.toStatus().name(),
                RegistryPages.person(accounts, event.actor()),
                RegistryPages.reason(event.reason()),
                event.publicNote().orElse(""));
    }

    public String suspend() {
        return change(CertificateStatus.SUSPENDED);
    }

    public String reinstate() {
        return change(CertificateStatus.ACTIVE);
    }

    public String revoke() {
        if (!revokeConfirmed) {
            FacesMessages.error(FORM + ":confirmRevoke", "admin_registry.error.confirm_revoke");
            return null;
        }
        return change(CertificateStatus.REVOKED);
    }

    public String reissue() {
        return change(CertificateStatus.SUPERSEDED);
    }

    private String change(CertificateStatus next) {
        if (reason == null || reason.isBlank()) {
            FacesMessages.error(FORM + ":reason", "admin_registry.error.reason_required");
            return null;
        }
        if (reason.strip().length() > RegistryEvent.REASON_MAX) {
            FacesMessages.error(FORM + ":reason", "admin_registry.error.reason_too_long", RegistryEvent.REASON_MAX);
            return null;
        }
        String note = publicNote == null || publicNote.isBlank() ? null : publicNote.strip();
        if (note != null && note.length() > RegistryEvent.PUBLIC_NOTE_MAX) {
            FacesMessages.error(
                    FORM + ":publicNote", "admin_registry.error.note_too_long", RegistryEvent.PUBLIC_NOTE_MAX);
            return null;
        }
        CertificateNumber parsed;
        try {
            parsed = CertificateNumber.parse(number);
        } catch (CertificationException e) {
            RegistryPages.failure(e);
            return null;
        }
        AccountId by = caller.requireAccountId();
        String why = reason.strip();
        String shown;
        try {
            shown = switch (next) {
                case SUSPENDED -> registry.suspend(parsed, by, why, note).numberText();
                case ACTIVE -> registry.reinstate(parsed, by, why, note).numberText();
                case REVOKED -> registry.revoke(parsed, by, why, note).numberText();
                case SUPERSEDED -> registry.reissue(parsed, by, why, note).numberText();
                case EXPIRED -> throw new IllegalArgumentException("Expiry is the sweep's");
            };
        } catch (DomainException e) {
            RegistryPages.failure(e);
            return null;
        }
        FacesMessages.info("admin_registry.message.changed." + next.name(), number, shown);
        RegistryPages.keepMessages();
        return "/admin/registry/certificate?faces-redirect=true&number=" + shown;
    }

    public boolean isSuspendable() {
        return certificate != null && certificate.status().canBecome(CertificateStatus.SUSPENDED);
    }

    public boolean isReinstatable() {
        return certificate != null && certificate.status().canBecome(CertificateStatus.ACTIVE);
    }

    public boolean isRevocable() {
        return certificate != null && certificate.status().canBecome(CertificateStatus.REVOKED);
    }

    /** A re-issue replaces an active certificate only (the registry's rule). */
    public boolean isReissuable() {
        return certificate != null && certificate.status() == CertificateStatus.ACTIVE;
    }

    public boolean isChangeable() {
        return isSuspendable() || isReinstatable() || isRevocable() || isReissuable();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : number.strip();
    }

    public CertificateFacts getCertificate() {
        return certificate;
    }

    public String getHolderAccount() {
        return holderAccount;
    }

    public List<EventRow> getHistory() {
        return history;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public void setPublicNote(String publicNote) {
        this.publicNote = publicNote;
    }

    public boolean isRevokeConfirmed() {
        return revokeConfirmed;
    }

    public void setRevokeConfirmed(boolean revokeConfirmed) {
        this.revokeConfirmed = revokeConfirmed;
    }

    public int getReasonMaxLength() {
        return RegistryEvent.REASON_MAX;
    }

    public int getPublicNoteMaxLength() {
        return RegistryEvent.PUBLIC_NOTE_MAX;
    }
}

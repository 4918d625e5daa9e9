package org.techbroker.app.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.certification.cpd.CpdActivity;
import org.techbroker.certification.cpd.CpdCategory;
import org.techbroker.certification.cpd.CpdEntry;
import org.techbroker.certification.cpd.CpdService;
import org.techbroker.certification.cpd.CpdState;
import org.techbroker.certification.cpd.HolderStanding;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.courses.shared.DomainException;

/**
 * The holder's CPD page: the current cycle's standing with its progress and the renew button, a
 * form to log an activity with its evidence, evidence for an entry logged without it, and every
 * activity with its state.
 */
@Named
@ViewScoped
public class CpdBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String LOG_FORM = "log";
    static final String EVIDENCE_FORM = "evidence";

    @Inject
    transient CpdService cpd;

    @Inject
    transient CurrentCaller caller;

    private HolderStanding standing;
    private List<CpdActivity> activities;

    private CpdCategory category;
    private String title;
    private LocalDate date;
    private BigDecimal quantity;
    private transient Part file;

    private Long evidenceFor;
    private transient Part evidenceFile;

    @PostConstruct
    void load() {
        standing = cpd.standing(caller.requireAccountId()).orElse(null);
        activities = cpd.activities(caller.requireAccountId());
    }

    public void log() {
        try (InputStream content = file == null || file.getSize() == 0 ? null : file.getInputStream()) {
            cpd.log(
                    caller.requireAccountId(),
                    new CpdEntry(category, title, date, quantity),
                    content == null ? null : file.getSubmittedFileName(),
                    content);
            FacesMessages.info("cpd_page.message.logged");
            category = null;
            title = null;
            date = null;
            quantity = null;
        } catch (DomainException e) {
            FacesMessages.failure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
        load();
    }

    public void attach() {
        if (evidenceFor == null || evidenceFile == null || evidenceFile.getSize() == 0) {
            FacesMessages.error(null, "cpd_page.message.choose_file");
            return;
        }
        try (InputStream content = evidenceFile.getInputStream()) {
            cpd.attachEvidence(caller.requireAccountId(), evidenceFor, evidenceFile.getSubmittedFileName(), content);
            FacesMessages.info("cpd_page.message.evidence_attached");
            evidenceFor = null;
        } catch (DomainException e) {
            FacesMessages.failure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            evidenceFile = null;
        }
        load();
    }

    public void renew() {
        if (standing == null) {
            return;
        }
        try {
            Certificate renewed =
                    cpd.renew(caller.requireAccountId(), standing.certificate().number());
            FacesMessages.info("cpd_page.message.renewed", renewed.numberText(), renewed.expiresOn());
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        load();
    }

    public HolderStanding getStanding() {
        return standing;
    }

    public List<CpdActivity> getActivities() {
        return activities;
    }

    /** Pending entries without evidence yet, which the evidence form offers. */
    public List<CpdActivity> getAwaitingEvidence() {
        return activities.stream()
                .filter(a -> a.state() == CpdState.PENDING && !a.hasEvidence())
                .toList();
    }

    public List<CpdCategory> getCategories() {
        return cpd.tariff().categories();
    }

    public CpdCategory getCategory() {
        return category;
    }

    public void setCategory(CpdCategory category) {
        this.category = category;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getEvidenceFor() {
        return evidenceFor;
    }

    public void setEvidenceFor(Long evidenceFor) {
        this.evidenceFor = evidenceFor;
    }

    public Part getEvidenceFile() {
        return evidenceFile;
    }

    public void setEvidenceFile(Part evidenceFile) {
        this.evidenceFile = evidenceFile;
    }
}

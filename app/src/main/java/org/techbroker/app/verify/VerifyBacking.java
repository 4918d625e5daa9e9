package org.techbroker.app.verify;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;
import org.techbroker.app.account.Role;
import org.techbroker.app.certificates.CertificateFacts;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.verification.RateLimiter;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.certification.registry.CertificateRegistry.DocumentCheck;
import org.techbroker.certification.verification.PublicCertificate;
import org.techbroker.certification.verification.VerificationChannel;
import org.techbroker.certification.verification.Verifications;
import org.techbroker.certification.verification.Verifier;

/**
 * The public verification page ({@code /verify/{number}}, see {@link VerifyAddresses}): the
 * certificate's status as of today, its level, tracks, holder and dates, and the public part of
 * its history (what happened and when, with the public note; never the reason nor who acted). A
 * number that is malformed or has a wrong check digit, and one the registry does not know, are
 * said as such. Every lookup goes through {@link Verifications} and is logged as a check by the
 * page: by the signed-in enterprise (whose check the holder then sees), or by an anonymous reader
 * for anyone else. The same page checks an uploaded file: whether it is byte for byte a file the
 * registry issued, with its signature intact, and which certificate it is.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest file the check reads; a certificate is well under 1 MB. */
    public static final long UPLOAD_LIMIT_MEGABYTES = 5;

    public static final long UPLOAD_LIMIT_BYTES = UPLOAD_LIMIT_MEGABYTES * 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** One event of the public history. */
    public record PublicEvent(String type, String date, String note) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What an uploaded file turned out to be: {@code GENUINE}, {@code ALTERED} or {@code NOT_ISSUED}. */
    public record FileVerdict(String outcome, String number) implements Serializable {
        private static final long serialVersionUID = 1L;

        public boolean genuine() {
            return "GENUINE".equals(outcome);
        }
    }

    @Inject
    transient Verifications verifications;

    @Inject
    transient CertificateRegistry registry;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient RateLimiter rateLimiter;

    private String number;
    private String numberError;
    private boolean unknown;
    private CertificateFacts certificate;
    private List<PublicEvent> history = List.of();

    private transient UploadedFile file;
    private FileVerdict verdict;

    /** Reads the addressed certificate; nothing to do without a number. */
    public void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        CertificateNumber parsed;
        try {
            parsed = CertificateNumber.parse(number);
        } catch (CertificationException e) {
            numberError = FacesMessages.text(e.messageKey(), e.arguments());
            return;
        }
        // The page answers what the API answers, so it is limited like the API: no scraping of
        // holders' names by walking the numbers.
        RateLimiter.Decision allowance = rateLimiter.page(clientAddress());
        if (!allowance.allowed()) {
            numberError = FacesMessages.text("verify.error.too_many_lookups", allowance.retryAfterSeconds());
            return;
        }
        Optional<PublicCertificate> found = verifications.lookup(parsed, verifier(), VerificationChannel.PAGE);
        if (found.isEmpty()) {
            unknown = true;
            return;
        }
        certificate = CertificateFacts.of(found.get());
        history = found.get().history().stream().map(VerifyBacking::publicEvent).toList();
    }

    private static String clientAddress() {
        return ((jakarta.servlet.http.HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    /** A signed-in enterprise checks as itself; anyone else (signed in or not) as an anonymous reader. */
    private Verifier verifier() {
        if (!caller.isInRole(Role.ENTERPRISE_NAME)) {
            return Verifier.ANONYMOUS;
        }
        return caller.accountId().map(Verifier::enterprise).orElse(Verifier.ANONYMOUS);
    }

    /** The registry's day of the event (in the centre's zone, as pages write dates) and its public note. */
    private static PublicEvent publicEvent(PublicCertificate.PublicEvent event) {
        return new PublicEvent(
                event.type().name(), event.date().toString(), event.publicNote() == null ? "" : event.publicNote());
    }

    /** Checks the uploaded file; a missing, empty, oversized or non-PDF file is refused with its reason. */
    public void check() {
        verdict = null;
        if (file == null || file.getSize() <= 0) {
            FacesMessages.error("upload:file", "verify.upload.error.empty");
            return;
        }
        if (file.getSize() > UPLOAD_LIMIT_BYTES) {
            FacesMessages.error("upload:file", "verify.upload.error.too_large", getUploadLimitMegabytes());
            return;
        }
        byte[] bytes = file.getContent();
        if (bytes.length < PDF_MAGIC.length
                || !Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            FacesMessages.error("upload:file", "verify.upload.error.not_pdf");
            return;
        }
        DocumentCheck check = registry.checkDocument(bytes);
        if (check.genuine()) {
            verdict =
                    new FileVerdict("GENUINE", check.certificate().orElseThrow().numberText());
        } else if (check.signature().signed() && check.signature().registryKey()) {
            verdict = new FileVerdict("ALTERED", "");
        } else {
            verdict = new FileVerdict("NOT_ISSUED", "");
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : number.strip();
    }

    /** The localised reason a number cannot be one; null when it can. */
    public String getNumberError() {
        return numberError;
    }

    public boolean isUnknown() {
        return unknown;
    }

    public CertificateFacts getCertificate() {
        return certificate;
    }

    public List<PublicEvent> getHistory() {
        return history;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public FileVerdict getVerdict() {
        return verdict;
    }

    public long getUploadLimitBytes() {
        return UPLOAD_LIMIT_BYTES;
    }

    public long getUploadLimitMegabytes() {
        return UPLOAD_LIMIT_MEGABYTES;
    }

    public String getTooLargeMessage() {
        return FacesMessages.text("verify.upload.error.too_large", getUploadLimitMegabytes());
    }

    public String getNotPdfMessage() {
        return FacesMessages.text("verify.upload.error.not_pdf");
    }

    public int getNumberMaxLength() {
        return VerifyAddresses.MAX_TYPED;
    }
}

package org.techbroker.certification.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.techbroker.certification.CertificationException;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.courses.shared.QualificationLevel;

/** Writes the filing with Commons CSV; the columns are documented in docs/registry.md. */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultFilingExport implements FilingExport {

    static final String[] HEADER = {
        "number",
        "level",
        "tracks",
        "holder_name_zh",
        "holder_name_latin",
        "issued_on",
        "expires_on",
        "status",
        "supersedes",
        "pdf_sha256"
    };

    /** The longest period one filing covers, so that a request cannot ask for the whole registry at once by mistake. */
    static final int MAX_DAYS = 366;

    @Inject
    CertificateRepository certificates;

    @Inject
    RegistrySettings settings;

    @Override
    public String csv(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new CertificationException(Kind.INVALID, "registry.error.filing_period_reversed");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new CertificationException(Kind.INVALID, "registry.error.filing_period_too_long", MAX_DAYS);
        }
        LocalDate today = settings.today();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer =
                CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (Certificate c : certificates.issuedBetween(
                    EnumSet.of(QualificationLevel.INTERMEDIATE, QualificationLevel.SENIOR), from, to)) {
                printer.printRecord(
                        c.numberText(),
                        c.level().name(),
                        c.tracks().stream().map(Track::name).collect(Collectors.joining(";")),
                        inert(c.holderNames().zh()),
                        inert(c.holderNames().latin()),
                        c.issuedOn(),
                        c.expiresOn(),
                        c.statusOn(today).name(),
                        c.supersedesId()
                                .flatMap(certificates::findById)
                                .map(Certificate::numberText)
                                .orElse(""),
                        c.pdfSha256().orElse(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A name as a spreadsheet shows it and never runs: a cell that starts with a formula character
     * gets a leading apostrophe (OWASP's advice against CSV injection).
     */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}

package org.techbroker.app.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.cpd.CpdActivity;
import org.techbroker.certification.cpd.CpdCategory;
import org.techbroker.certification.cpd.CpdEntry;
import org.techbroker.certification.cpd.CpdStanding;
import org.techbroker.certification.cpd.HolderStanding;
import org.techbroker.courses.shared.DomainException.Kind;

/** The JSON shapes of CPD: activities, a cycle's standing, and the body of a new entry. */
public final class CpdRepresentations {

    private CpdRepresentations() {}

    /** A new entry; category and date arrive as text so that a bad one is a localised 400, not a parse failure. */
    public record EntryBody(String category, String title, String date, BigDecimal quantity) {

        CpdEntry toEntry() {
            CpdCategory parsedCategory;
            try {
                parsedCategory = category == null
                        ? null
                        : CpdCategory.valueOf(category.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CertificationException(Kind.INVALID, "cpd.error.category_unknown", category);
            }
            LocalDate parsedDate;
            try {
                parsedDate = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new CertificationException(Kind.INVALID, "cpd.error.date_format", date);
            }
            return new CpdEntry(parsedCategory, title, parsedDate, quantity);
        }
    }

    /** A reason, for a rejection. */
    public record ReasonBody(String reason) {}

    public record ActivityView(
            long id,
            String category,
            String source,
            String title,
            String courseCode,
            LocalDate date,
            BigDecimal quantity,
            BigDecimal credits,
            String state,
            boolean audited,
            boolean evidence,
            String evidenceName,
            String rejectReason,
            Long holderId) {

        static ActivityView of(CpdActivity a, boolean withHolder) {
            return new ActivityView(
                    a.id(),
                    a.category().name(),
                    a.source().name(),
                    a.title(),
                    a.courseCode().orElse(null),
                    a.activityDate(),
                    a.quantity(),
                    a.credits(),
                    a.state().name(),
                    a.audited(),
                    a.hasEvidence(),
                    a.evidenceName().orElse(null),
                    a.rejectReason().orElse(null),
                    withHolder ? a.holder().value() : null);
        }
    }

    public record CategoryView(String category, BigDecimal approved, BigDecimal counted, BigDecimal cap) {}

    public record StandingView(
            String certificateNumber,
            String status,
            LocalDate cycleStart,
            LocalDate cycleEnd,
            List<CategoryView> categories,
            BigDecimal total,
            BigDecimal required,
            BigDecimal pending,
            boolean met,
            boolean renewable,
            LocalDate renewedExpiry,
            LocalDate graceEnds) {

        static StandingView of(HolderStanding h) {
            CpdStanding s = h.standing();
            return new StandingView(
                    h.certificate().numberText(),
                    h.status().name(),
                    h.cycle().start(),
                    h.cycle().end(),
                    s.categories().stream()
                            .map(l -> new CategoryView(
                                    l.category().name(),
                                    l.approved(),
                                    l.counted(),
                                    l.cap().orElse(null)))
                            .toList(),
                    s.total(),
                    s.required(),
                    s.pending(),
                    s.met(),
                    h.renewable(),
                    h.renewedExpiry(),
                    h.graceEnds());
        }
    }

    /** The holder's CPD at a glance: the standing of the current certificate (null without one) and every activity. */
    public record MyCpd(StandingView standing, List<String> categories, List<ActivityView> activities) {}

    public record RenewedView(String number, String supersedes, LocalDate issuedOn, LocalDate expiresOn) {}
}

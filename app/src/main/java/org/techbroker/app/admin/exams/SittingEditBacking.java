package org.techbroker.app.admin.exams;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.techbroker.app.admin.courses.Pages;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Formats;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.certification.exam.SittingTerms;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.shared.DomainException;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Creates a sitting of a level (which copies the level's blueprint) or changes one: its title in
 * both languages, the window in which attempts start (in the training centre's time zone, to the
 * minute) and its capacity.
 */
@Named
@ViewScoped
public class SittingEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a datetime-local input sends and shows. */
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    transient ExamAdministration administration;

    @Inject
    transient Formats formats;

    private String id;
    private Long sittingId;
    private long version;
    private QualificationLevel level = QualificationLevel.JUNIOR;
    private String titleZh;
    private String titleEn;
    private String opensAt;
    private String closesAt;
    private Integer capacity = 100;

    public void load() {
        Optional<Long> parsed = Pages.id(id);
        if (id != null && !id.isBlank() && parsed.isEmpty()) {
            Pages.notFound();
            return;
        }
        if (parsed.isEmpty()) {
            Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.DAYS);
            opensAt = local(start);
            closesAt = local(start.plus(1, ChronoUnit.DAYS));
            return;
        }
        try {
            show(administration.sitting(parsed.get()));
        } catch (DomainException e) {
            Pages.notFound();
        }
    }

    private void show(Sitting sitting) {
        sittingId = sitting.id();
        version = sitting.version();
        level = sitting.level();
        titleZh = sitting.title().zh();
        titleEn = sitting.title().en();
        opensAt = local(sitting.opensAt());
        closesAt = local(sitting.closesAt());
        capacity = sitting.capacity();
    }

    public String save() {
        Instant opens = instant(opensAt, "sitting:opensAt");
        Instant closes = instant(closesAt, "sitting:closesAt");
        if (opens == null || closes == null) {
            return null;
        }
        if (capacity == null) {
            FacesMessages.error("sitting:capacity", "admin_exams_sitting.message.capacity_required");
            return null;
        }
        SittingTerms terms =
                new SittingTerms(new BilingualText(strip(titleZh), strip(titleEn)), opens, closes, capacity);
        try {
            Sitting saved = sittingId == null
                    ? administration.createSitting(level, terms)
                    : administration.changeSitting(sittingId, terms, version);
            FacesMessages.info(
                    sittingId == null ? "admin_exams_sitting.message.created" : "admin_exams_sitting.message.saved",
                    saved.title().in(FacesMessages.locale()));
            Pages.keepMessages();
            return "/admin/exams/sittings?faces-redirect=true";
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return null;
        }
    }

    private Instant instant(String text, String clientId) {
        if (text == null || text.isBlank()) {
            FacesMessages.error(clientId, "admin_exams_sitting.message.time_required");
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), LOCAL)
                    .atZone(formats.zone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            FacesMessages.error(clientId, "admin_exams_sitting.message.time_invalid", text.strip());
            return null;
        }
    }

    private String local(Instant instant) {
        return LOCAL.format(instant.atZone(formats.zone()));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public boolean isCreating() {
        return sittingId == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getSittingId() {
        return sittingId;
    }

    public QualificationLevel getLevel() {
        return level;
    }

    public void setLevel(QualificationLevel level) {
        this.level = level;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getZone() {
        return formats.zone().getId();
    }
}

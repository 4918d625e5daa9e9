package org.techbroker.app.admin.exams;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Formats;
import org.techbroker.certification.exam.ExamAdministration;

/** Every sitting, newest first, with its window, capacity and whether results are out. */
@Named
@ViewScoped
public class SittingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A sitting as the list shows it. */
    public record SittingRow(
            long id, String title, String level, String opensAt, String closesAt, int capacity, boolean released)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient ExamAdministration administration;

    @Inject
    transient Formats formats;

    private List<SittingRow> sittings;

    @PostConstruct
    void load() {
        Locale locale = FacesMessages.locale();
        sittings = administration.sittings().stream()
                .map(s -> new SittingRow(
                        s.id(),
                        s.title().in(locale),
                        FacesMessages.text("QualificationLevel." + s.level().name()),
                        formats.dateTime(s.opensAt()),
                        formats.dateTime(s.closesAt()),
                        s.capacity(),
                        s.resultsReleased()))
                .toList();
    }

    public List<SittingRow> getSittings() {
        return sittings;
    }
}

package org.techbroker.app.exam;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.certification.exam.AttemptStart;
import org.techbroker.certification.exam.CandidateSitting;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.shared.DomainException;

/**
 * "My exams" ({@code exams/index.xhtml}) and the exams panel of the dashboard: the sittings the
 * trainee is registered for or may register for. Registering and starting are posts that redirect,
 * so a reload never registers or starts twice; a refusal (not eligible, full, closed) is said on
 * the page and changes nothing.
 */
@Named
@RequestScoped
public class MyExamsBacking {

    @Inject
    ExamService exams;

    @Inject
    CatalogService catalog;

    @Inject
    CurrentCaller caller;

    @Inject
    LocaleSelection localeSelection;

    private List<SittingRow> sittings;

    public List<SittingRow> getSittings() {
        if (sittings == null) {
            Locale locale = localeSelection.getLocale();
            sittings = caller.accountId()
                    .map(account -> exams.sittings(account).stream()
                            .map(sitting -> SittingRow.of(sitting, locale, code -> catalog.findPublished(code)
                                    .map(Course::title)
                                    .map(title -> title.in(locale))
                                    .orElse(code.value())))
                            .toList())
                    .orElse(List.of());
        }
        return sittings;
    }

    public String register(long sittingId) {
        CandidateSitting registered;
        try {
            registered = exams.register(caller.requireAccountId(), sittingId);
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesMessages.info("exams_index.message.registered", registered.title().in(localeSelection.getLocale()));
        return "/exams/index?faces-redirect=true";
    }

    /** Starts the attempt, or resumes the one already started, and opens it. */
    public String start(long sittingId) {
        AttemptStart started;
        try {
            started = exams.start(caller.requireAccountId(), sittingId);
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return null;
        }
        return "/exams/attempt?faces-redirect=true&id=" + started.attemptId();
    }
}

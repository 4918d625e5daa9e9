package org.techbroker.app.exam;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.OptionalLong;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Responses;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.shared.DomainException;

/**
 * The exam page ({@code exams/attempt.xhtml?id=…}). It renders the attempt with every saved
 * answer; while it runs, the page's script saves each change through the JSON API and keeps the
 * timer. After submission it shows the submitted attempt read-only, and after release the result
 * with the essays' feedback, whose appeal form posts back to the page: the attempt is kept with the
 * view, so the page and its form are still there when the post is decoded. An attempt that is not
 * the caller's, like an unknown or malformed id, answers 404.
 */
@Named
@ViewScoped
public class AttemptBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ExamService exams;

    @Inject
    transient CatalogService catalog;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient LocaleSelection localeSelection;

    private String id;
    private AttemptPage attempt;

    public void load() {
        OptionalLong attemptId = parseId(id);
        if (attemptId.isEmpty() || caller.accountId().isEmpty()) {
            Responses.notFound();
            return;
        }
        Locale locale = localeSelection.getLocale();
        try {
            attempt = AttemptPage.of(
                    exams.attempt(caller.requireAccountId(), attemptId.getAsLong()),
                    locale,
                    code -> catalog.findPublished(code)
                            .map(Course::title)
                            .map(title -> title.in(locale))
                            .orElse(code.value()));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                Responses.notFound();
            } else {
                FacesMessages.failure(e);
            }
        }
    }

    /** A positive id as the address gives it; empty for anything else. */
    static OptionalLong parseId(String text) {
        if (text == null || !text.trim().matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        long value = Long.parseLong(text.trim());
        return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }

    public AttemptPage getAttempt() {
        return attempt;
    }

    /** The longest essay the server takes, for the text area and its character count. */
    public int getEssayMaxLength() {
        return AnswerInput.EssayText.MAX_LENGTH;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

package org.techbroker.app.learn;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalLong;
import org.techbroker.app.account.Role;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Responses;
import org.techbroker.courses.content.LessonHtml;
import org.techbroker.courses.enrolment.EnrolmentService;
import org.techbroker.courses.enrolment.Progress;
import org.techbroker.courses.shared.DomainException;

/**
 * A lesson ({@code learn/lesson.xhtml?id=…}). An enrolled reader reads it, and opening it makes it
 * the place to resume; marking it done posts and redirects back, and marking it again changes
 * nothing. Someone not enrolled is told so and shown nothing of it; an administrator previews any
 * lesson read-only. An unknown id, or a lesson of a draft, answers 404.
 */
@Named
@ViewScoped
public class LessonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LearningViews views;

    @Inject
    transient EnrolmentService enrolments;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient LocaleSelection localeSelection;

    private String id;
    private LessonPage lesson;

    public void load() {
        OptionalLong lessonId = parseId(id);
        Optional<LessonPage> found = lessonId.isEmpty()
                ? Optional.empty()
                : views.openLesson(
                        lessonId.getAsLong(),
                        caller.accountId(),
                        caller.isInRole(Role.ADMIN_NAME),
                        localeSelection.getLocale());
        if (found.isEmpty()) {
            Responses.notFound();
            return;
        }
        lesson = found.get();
    }

    /** A positive id as the address gives it; empty for anything else. */
    static OptionalLong parseId(String text) {
        if (text == null || !text.trim().matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        long value = Long.parseLong(text.trim());
        return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }

    public String markDone() {
        if (lesson == null || !lesson.learner()) {
            return null;
        }
        Progress progress;
        try {
            progress = enrolments.markLessonDone(caller.requireAccountId(), lesson.id());
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        if (progress.isComplete()) {
            FacesMessages.info("learn_lesson.message.course_completed", lesson.courseTitle());
        } else {
            FacesMessages.info("learn_lesson.message.done", lesson.title());
        }
        return "/learn/lesson?faces-redirect=true&id=" + lesson.id();
    }

    /**
     * The body for the page to write unescaped: it passes the sanitiser's allow-list at the moment
     * it is shown, whatever wrote the row, and the page writes nothing else unescaped.
     */
    public String getSafeBody() {
        return lesson == null ? "" : LessonHtml.sanitize(lesson.storedBody());
    }

    public LessonPage getLesson() {
        return lesson;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

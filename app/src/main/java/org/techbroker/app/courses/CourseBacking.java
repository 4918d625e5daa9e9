package org.techbroker.app.courses;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.techbroker.app.account.Role;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.learn.CourseOverview;
import org.techbroker.app.learn.LearningViews;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Responses;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.enrolment.EnrolmentService;
import org.techbroker.courses.shared.DomainException;

/**
 * A course's public overview ({@code course.xhtml?code=IPL-101}): what it teaches and needs, and
 * for an enrolled trainee where they stand, with the place to resume. Enrolling posts and then
 * redirects back, so that the address stays bookmarkable and a reload never posts again. An
 * unknown code, or a draft, answers 404; administrators see drafts as a preview.
 */
@Named
@ViewScoped
public class CourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LearningViews views;

    @Inject
    transient EnrolmentService enrolments;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient LocaleSelection localeSelection;

    private String code;
    private CourseOverview course;

    public void load() {
        Optional<CourseOverview> found = parse(code)
                .flatMap(parsed -> views.course(
                        parsed, caller.accountId(), caller.isInRole(Role.ADMIN_NAME), localeSelection.getLocale()));
        if (found.isEmpty()) {
            Responses.notFound();
            return;
        }
        course = found.get();
        code = course.code();
    }

    /** The code in the address, forgiving case and spaces; empty when it cannot be a course code. */
    static Optional<CourseCode> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CourseCode.parse(text));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    public String enrol() {
        if (course == null || !isTrainee()) {
            FacesMessages.error(null, "courses_course.message.error.trainees_only");
            return null;
        }
        try {
            enrolments.enrol(caller.requireAccountId(), new CourseCode(course.code()));
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesMessages.info("courses_course.message.enrolled", course.title());
        return "/courses/course?faces-redirect=true&code=" + course.code();
    }

    public CourseOverview getCourse() {
        return course;
    }

    public boolean isTrainee() {
        return caller.isInRole(Role.TRAINEE_NAME);
    }

    /** A signed-in trainee not yet enrolled in this published course sees the enrol button. */
    public boolean isMayEnrol() {
        return course != null && course.published() && !course.enrolled() && isTrainee();
    }

    /** Lessons and quizzes open to the enrolled, and to administrators as a preview. */
    public boolean isMayOpenLessons() {
        return course != null && (course.enrolled() || caller.isInRole(Role.ADMIN_NAME));
    }

    /** This page's address, for the login page to return to after signing in. */
    public String getReturnHere() {
        return "/courses/course.xhtml?code=" + code;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

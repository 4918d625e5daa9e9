package org.techbroker.app.admin.courses;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.courses.content.LessonHtml;

/**
 * A course, and one of its lessons, as a trainee will see them, drafts included: the outline with
 * levels, tracks and credit hours, and the lesson's body, sources and files, rendered exactly as
 * the learning pages render them (the stored, sanitised body, sanitised once more on the way out).
 * Nothing on it can be changed.
 */
@Named
@RequestScoped
public class PreviewCourseBacking {

    @Inject
    CourseOutlines outlines;

    @Inject
    LocaleSelection localeSelection;

    private String code;
    private String lessonParameter;
    private Long lessonId;
    private CourseOutlines.CourseOutline course;
    private CourseOutlines.LessonDraft lesson;

    /** Reads the course and, if one is named, the lesson; anything that names nothing answers 404. */
    public void load() {
        Optional<CourseOutlines.CourseOutline> found = Pages.code(code).flatMap(outlines::outline);
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        course = found.get();
        if (lessonParameter != null && !lessonParameter.isBlank()) {
            lessonId = Pages.id(lessonParameter).orElse(-1L);
        } else {
            lessonId = course.modules().stream()
                    .flatMap(m -> m.lessons().stream())
                    .map(CourseOutlines.LessonOutline::id)
                    .findFirst()
                    .orElse(null);
        }
        if (lessonId != null) {
            lesson = outlines.lesson(lessonId)
                    .filter(l -> l.courseCode().equals(course.code()))
                    .orElse(null);
            if (lesson == null) {
                Pages.notFound();
            }
        }
    }

    public String localized(CourseOutlines.Text text) {
        return text == null ? "" : text.in(localeSelection.getLocale());
    }

    /** The lesson body in the reader's language, as the learning pages show it. */
    public String getBody() {
        return lesson == null ? "" : LessonHtml.sanitize(localized(lesson.body()));
    }

    public CourseOutlines.CourseOutline getCourse() {
        return course;
    }

    public CourseOutlines.LessonDraft getLesson() {
        return lesson;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public String getLessonParameter() {
        return lessonParameter;
    }

    public void setLessonParameter(String lessonParameter) {
        this.lessonParameter = lessonParameter;
    }
}

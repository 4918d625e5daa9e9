package org.techbroker.app.admin.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.catalog.LessonContent;
import org.techbroker.courses.content.AttachmentType;
import org.techbroker.courses.content.LessonHtml;
import org.techbroker.courses.shared.DomainException;

/**
 * The lesson editor: a new lesson of a module ({@code ?code=…&module=…}) or an existing one
 * ({@code ?id=…}). Bodies are written in the rich-text editor, or as HTML when they hold what the
 * editor cannot (tables); either way they pass {@link LessonHtmlConverter} and are shown back, and
 * previewed, exactly as stored. Saving an existing lesson revises it in place, so its id and
 * trainees' progress on it stay. Files are attached and removed here too.
 */
@Named
@ViewScoped
public class EditLessonBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "lesson";

    @Inject
    transient CatalogService catalog;

    @Inject
    transient CourseOutlines outlines;

    @Inject
    transient LocaleSelection localeSelection;

    private Long id;
    private String code;
    private Long moduleId;

    /** The address's parameters, read by {@link #load()}: whatever is not a number names nothing. */
    private String idParameter;

    private String moduleParameter;

    private String codeParameter;

    private CourseOutlines.LessonDraft lesson;
    private CourseOutlines.Text courseTitle;
    private CourseOutlines.Text moduleTitle;

    private String slug;
    private String titleZh;
    private String titleEn;
    private String bodyZh;
    private String bodyEn;
    private Integer minutes;
    private String sources;
    private boolean richText = true;

    private transient Part upload;

    /** Reads the lesson, or the module a new lesson goes into; an address naming neither answers 404. */
    public void load() {
        if (lesson != null || courseTitle != null) {
            return;
        }
        if (idParameter != null) {
            Optional<CourseOutlines.LessonDraft> found = Pages.id(idParameter).flatMap(outlines::lesson);
            if (found.isEmpty()) {
                Pages.notFound();
                return;
            }
            show(found.get());
            return;
        }
        Optional<CourseOutlines.CourseOutline> course =
                Pages.code(codeParameter).flatMap(outlines::outline);
        Optional<CourseOutlines.ModuleOutline> module =
                course.flatMap(c -> Pages.id(moduleParameter).flatMap(c::module));
        if (module.isEmpty()) {
            Pages.notFound();
            return;
        }
        code = course.get().code();
        moduleId = module.get().id();
        courseTitle = course.get().title();
        moduleTitle = module.get().title();
        minutes = 20;
    }

    private void show(CourseOutlines.LessonDraft draft) {
        lesson = draft;
        id = draft.id();
        code = draft.courseCode();
        moduleId = draft.moduleId();
        courseTitle = draft.courseTitle();
        moduleTitle = draft.moduleTitle();
        slug = draft.slug();
        titleZh = draft.title().zh();
        titleEn = draft.title().en();
        bodyZh = draft.body().zh();
        bodyEn = draft.body().en();
        minutes = draft.minutes();
        sources = String.join("\n", draft.sources());
        richText = richText && isRichTextPossible();
    }

    public boolean isCreating() {
        return lesson == null;
    }

    public String save() {
        LessonContent content = new LessonContent(
                slug == null ? null : slug.strip(),
                new BilingualText(text(titleZh), text(titleEn)),
                new BilingualText(text(bodyZh), text(bodyEn)),
                minutes == null ? 0 : minutes,
                sourceLines());
        try {
            if (isCreating()) {
                Lesson added = catalog.addLesson(new CourseCode(code), moduleId, content);
                Pages.keepMessages();
                FacesMessages.info("admin_courses_lesson.message.created");
                return "/admin/courses/lesson?faces-redirect=true&id=" + added.id();
            }
            catalog.reviseLesson(new CourseCode(code), id, content);
            reload();
            FacesMessages.info("admin_courses_lesson.message.saved");
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        return null;
    }

    private List<String> sourceLines() {
        return sources == null
                ? List.of()
                : Arrays.stream(sources.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * Switches between the rich-text editor and HTML. The editor is refused for bodies it would
     * damage (tables, lists in lists), which then stay in HTML.
     */
    public void modeChanged() {
        if (richText && !isRichTextPossible()) {
            richText = false;
            FacesMessages.error(null, "admin_courses_lesson.message.rich_text_impossible");
        }
    }

    public void attach() {
        if (upload == null || upload.getSize() == 0) {
            FacesMessages.error(FORM + "Files:file", "admin_courses_lesson.message.choose_file");
            return;
        }
        try (InputStream content = upload.getInputStream()) {
            catalog.attach(new CourseCode(code), id, upload.getSubmittedFileName(), content);
            FacesMessages.info("admin_courses_lesson.message.attached", upload.getSubmittedFileName());
        } catch (DomainException e) {
            FacesMessages.failure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteUpload();
        }
        reloadAttachments();
    }

    private void deleteUpload() {
        try {
            upload.delete();
        } catch (IOException ignored) {
            // the container removes its temporary file at the end of the request anyway
        }
        upload = null;
    }

    public void detach(long attachmentId) {
        try {
            catalog.detach(new CourseCode(code), id, attachmentId);
            FacesMessages.info("admin_courses_lesson.message.detached");
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        reloadAttachments();
    }

    /** Shows the lesson as stored, which is what trainees read. */
    private void reload() {
        outlines.lesson(id).ifPresent(this::show);
    }

    /** Takes the attachments anew, leaving whatever the author is typing as it is. */
    private void reloadAttachments() {
        outlines.lesson(id).ifPresent(draft -> lesson = draft);
    }

    /** A stored body as trainees get it, in the given language ("zh" or "en"). */
    public String preview(String language) {
        if (lesson == null) {
            return "";
        }
        return LessonHtml.sanitize(
                "zh".equals(language) ? lesson.body().zh() : lesson.body().en());
    }

    public String localized(CourseOutlines.Text text) {
        return text == null ? "" : text.in(localeSelection.getLocale());
    }

    public long getMaxMegabytes() {
        return AttachmentType.MAX_BYTES / (1024 * 1024);
    }

    public CourseOutlines.LessonDraft getLesson() {
        return lesson;
    }

    public CourseOutlines.Text getCourseTitle() {
        return courseTitle;
    }

    public CourseOutlines.Text getModuleTitle() {
        return moduleTitle;
    }

    public Long getId() {
        return id;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public String getModuleParameter() {
        return moduleParameter;
    }

    public void setModuleParameter(String moduleParameter) {
        this.moduleParameter = moduleParameter;
    }

    public String getCode() {
        return code;
    }

    public String getCodeParameter() {
        return codeParameter;
    }

    public void setCodeParameter(String codeParameter) {
        this.codeParameter = codeParameter;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
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

    public String getBodyZh() {
        return bodyZh;
    }

    public void setBodyZh(String bodyZh) {
        this.bodyZh = bodyZh;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }

    public boolean isRichText() {
        return richText;
    }

    public void setRichText(boolean richText) {
        this.richText = richText;
    }

    /** Whether the rich-text editor can hold both bodies as they now are. */
    public boolean isRichTextPossible() {
        return EditorHtml.fitsRichText(bodyZh) && EditorHtml.fitsRichText(bodyEn);
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}

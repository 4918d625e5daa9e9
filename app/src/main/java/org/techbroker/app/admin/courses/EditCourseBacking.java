package org.techbroker.app.admin.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseDescription;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.DomainException;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The course editor: a new course's code and description, or an existing course's description
 * (saved with the version it was read at, so that two authors cannot overwrite each other
 * unknowingly), its modules and their lessons in order, and its publication.
 *
 * <p>Changing the outline (modules, lessons, publication) also counts as a change of the course.
 * After such a change by this author, the version the description form will be saved with moves
 * on only if the description in the database is still the one the form shows; if someone else
 * changed it meanwhile, saving the form is refused as stale, as it should be.
 */
@Named
@ViewScoped
public class EditCourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "course";
    static final String MODULE_FORM = "moduleForm";

    @Inject
    transient CatalogService catalog;

    @Inject
    transient CourseOutlines outlines;

    @Inject
    transient ValidatorFactory validatorFactory;

    /** The code in the address; none for a new course. */
    private String code;

    private CourseOutlines.CourseOutline course;
    private List<String> prerequisiteChoices = List.of();

    private String newCode;
    private String titleZh;
    private String titleEn;
    private String summaryZh;
    private String summaryEn;
    private List<QualificationLevel> levels = new ArrayList<>();
    private List<Track> tracks = new ArrayList<>();
    private List<String> prerequisites = new ArrayList<>();
    private SyllabusModule syllabusModule;
    private Integer creditHours;
    private long version;

    private Long moduleId;
    private String moduleTitleZh;
    private String moduleTitleEn;
    private Integer modulePassMark = CourseModule.DEFAULT_PASS_MARK_PERCENT;

    /** Reads the course named in the address; an address naming no course answers 404. */
    public void load() {
        if (course != null) {
            return;
        }
        if (code != null && !code.isBlank()) {
            Optional<CourseOutlines.CourseOutline> found = Pages.code(code).flatMap(outlines::outline);
            if (found.isEmpty()) {
                Pages.notFound();
                return;
            }
            show(found.get());
            fillForm();
        }
        prerequisiteChoices = outlines.courses().stream()
                .map(CourseOutlines.CourseRow::code)
                .filter(c -> course == null || !c.equals(course.code()))
                .toList();
    }

    private void show(CourseOutlines.CourseOutline outline) {
        course = outline;
        code = outline.code();
    }

    private void fillForm() {
        titleZh = course.title().zh();
        titleEn = course.title().en();
        summaryZh = course.summary().zh();
        summaryEn = course.summary().en();
        levels = new ArrayList<>(course.levels());
        tracks = new ArrayList<>(course.tracks());
        prerequisites = new ArrayList<>(course.prerequisites());
        syllabusModule = course.syllabusModule();
        creditHours = course.creditHours();
        version = course.version();
    }

    public boolean isCreating() {
        return course == null;
    }

    /** Creates the course, or saves the description of this one. */
    public String save() {
        try {
            if (isCreating()) {
                CourseCode created = CourseCode.parse(newCode);
                catalog.createCourse(created, description());
                Pages.keepMessages();
                FacesMessages.info("admin_courses_edit.message.created", created.value());
                return "/admin/courses/edit?faces-redirect=true&code=" + created.value();
            }
            catalog.describeCourse(courseCode(), description(), version);
            show(outlines.outline(courseCode()).orElseThrow());
            fillForm();
            FacesMessages.info("admin_courses_edit.message.saved", code);
        } catch (ConstraintViolationException e) {
            FacesMessages.violations(FORM, e, validatorFactory.getMessageInterpolator());
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        return null;
    }

    private CourseDescription description() {
        return new CourseDescription(
                new BilingualText(text(titleZh), text(titleEn)),
                new BilingualText(text(summaryZh), text(summaryEn)),
                Set.copyOf(levels == null ? List.of() : levels),
                Set.copyOf(tracks == null ? List.of() : tracks),
                (prerequisites == null ? List.<String>of() : prerequisites)
                        .stream().map(CourseCode::parse).collect(Collectors.toSet()),
                syllabusModule,
                creditHours == null ? 0 : creditHours);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public void publish() {
        change(() -> catalog.publish(courseCode()), "admin_courses.message.published");
    }

    public void unpublish() {
        change(() -> catalog.unpublish(courseCode()), "admin_courses.message.unpublished");
    }

    /** Prepares the module dialog for a new module. */
    public void newModule() {
        moduleId = null;
        moduleTitleZh = null;
        moduleTitleEn = null;
        modulePassMark = CourseModule.DEFAULT_PASS_MARK_PERCENT;
    }

    /** Prepares the module dialog for this module. */
    public void editModule(long id) {
        course.module(id).ifPresent(module -> {
            moduleId = module.id();
            moduleTitleZh = module.title().zh();
            moduleTitleEn = module.title().en();
            modulePassMark = module.passMarkPercent();
        });
    }

    public void saveModule() {
        BilingualText title = new BilingualText(text(moduleTitleZh), text(moduleTitleEn));
        int passMark = modulePassMark == null ? 0 : modulePassMark;
        if (moduleId == null) {
            change(() -> catalog.addModule(courseCode(), title, passMark), "admin_courses_edit.message.module_added");
        } else {
            long id = moduleId;
            change(
                    () -> catalog.reviseModule(courseCode(), id, title, passMark),
                    "admin_courses_edit.message.module_saved");
        }
    }

    public void moveModule(long id, boolean up) {
        change(() -> catalog.moveModule(courseCode(), id, up), null);
    }

    public void removeModule(long id) {
        change(() -> catalog.removeModule(courseCode(), id), "admin_courses_edit.message.module_removed");
    }

    public void moveLesson(long id, boolean up) {
        change(() -> catalog.moveLesson(courseCode(), id, up), null);
    }

    public void removeLesson(long id) {
        change(() -> catalog.removeLesson(courseCode(), id), "admin_courses_edit.message.lesson_removed");
    }

    /** What the confirmation of removing a module says: everything in it goes, for everyone enrolled. */
    public String getRemoveModuleWarning() {
        return FacesMessages.text("admin_courses_edit.confirm.remove_module", course == null ? 0 : course.enrolled());
    }

    public String getRemoveLessonWarning() {
        return FacesMessages.text("admin_courses_edit.confirm.remove_lesson", course == null ? 0 : course.enrolled());
    }

    /** Runs a change of the outline, says so, and shows the course as it now is. */
    private void change(Runnable action, String successKey) {
        try {
            action.run();
            if (successKey != null) {
                FacesMessages.info(successKey, code);
            }
        } catch (ConstraintViolationException e) {
            FacesMessages.violations(MODULE_FORM, e, validatorFactory.getMessageInterpolator());
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        refresh();
    }

    private void refresh() {
        CourseOutlines.CourseOutline before = course;
        outlines.outline(courseCode()).ifPresent(after -> {
            if (sameDescription(before, after)) {
                version = after.version();
            }
            show(after);
        });
    }

    private static boolean sameDescription(CourseOutlines.CourseOutline a, CourseOutlines.CourseOutline b) {
        return a.title().equals(b.title())
                && a.summary().equals(b.summary())
                && a.levels().equals(b.levels())
                && a.tracks().equals(b.tracks())
                && a.prerequisites().equals(b.prerequisites())
                && a.syllabusModule() == b.syllabusModule()
                && a.creditHours() == b.creditHours()
                && Objects.equals(a.code(), b.code());
    }

    private CourseCode courseCode() {
        return new CourseCode(code);
    }

    public QualificationLevel[] getAllLevels() {
        return QualificationLevel.values();
    }

    public Track[] getAllTracks() {
        return Track.values();
    }

    public SyllabusModule[] getAllSyllabusModules() {
        return SyllabusModule.values();
    }

    public List<String> getPrerequisiteChoices() {
        return prerequisiteChoices;
    }

    public CourseOutlines.CourseOutline getCourse() {
        return course;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
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

    public String getSummaryZh() {
        return summaryZh;
    }

    public void setSummaryZh(String summaryZh) {
        this.summaryZh = summaryZh;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public List<QualificationLevel> getLevels() {
        return levels;
    }

    public void setLevels(List<QualificationLevel> levels) {
        this.levels = levels;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public void setTracks(List<Track> tracks) {
        this.tracks = tracks;
    }

    public List<String> getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(List<String> prerequisites) {
        this.prerequisites = prerequisites;
    }

    public SyllabusModule getSyllabusModule() {
        return syllabusModule;
    }

    public void setSyllabusModule(SyllabusModule syllabusModule) {
        this.syllabusModule = syllabusModule;
    }

    public Integer getCreditHours() {
        return creditHours;
    }

    public void setCreditHours(Integer creditHours) {
        this.creditHours = creditHours;
    }

    public long getVersion() {
        return version;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public String getModuleTitleZh() {
        return moduleTitleZh;
    }

    public void setModuleTitleZh(String moduleTitleZh) {
        this.moduleTitleZh = moduleTitleZh;
    }

    public String getModuleTitleEn() {
        return moduleTitleEn;
    }

    public void setModuleTitleEn(String moduleTitleEn) {
        this.moduleTitleEn = moduleTitleEn;
    }

    public Integer getModulePassMark() {
        return modulePassMark;
    }

    public void setModulePassMark(Integer modulePassMark) {
        this.modulePassMark = modulePassMark;
    }
}

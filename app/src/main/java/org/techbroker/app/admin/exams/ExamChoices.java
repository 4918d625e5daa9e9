package org.techbroker.app.admin.exams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ItemStatus;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.shared.QualificationLevel;

/** The values the exam pages offer in their menus: course codes from the catalogue, and the exam enums. */
@Named
@ApplicationScoped
public class ExamChoices {

    @Inject
    CatalogService catalog;

    /** Every course code of the catalogue, drafts included: an item may examine a course still being written. */
    public List<String> getCourseCodes() {
        return catalog.allCourses().stream().map(c -> c.code().value()).toList();
    }

    public List<Course> courses() {
        return catalog.allCourses();
    }

    public ItemType[] getTypes() {
        return ItemType.values();
    }

    public ItemStatus[] getStatuses() {
        return ItemStatus.values();
    }

    public Difficulty[] getDifficulties() {
        return Difficulty.values();
    }

    public QualificationLevel[] getLevels() {
        return QualificationLevel.values();
    }
}

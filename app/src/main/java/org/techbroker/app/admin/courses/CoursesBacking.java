package org.techbroker.app.admin.courses;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.DomainException;

/**
 * The authors' list of every course, drafts included, with how many lessons each has and how many
 * people are enrolled; courses are published and withdrawn from here.
 */
@Named
@ViewScoped
public class CoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseOutlines outlines;

    @Inject
    transient CatalogService catalog;

    private List<CourseOutlines.CourseRow> courses;

    @PostConstruct
    void load() {
        courses = outlines.courses();
    }

    public List<CourseOutlines.CourseRow> getCourses() {
        return courses;
    }

    public void publish(String code) {
        try {
            catalog.publish(new CourseCode(code));
            FacesMessages.info("admin_courses.message.published", code);
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        load();
    }

    public void unpublish(String code) {
        try {
            catalog.unpublish(new CourseCode(code));
            FacesMessages.info("admin_courses.message.unpublished", code);
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        load();
    }
}

package org.techbroker.app.learn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.security.CurrentCaller;

/** The "My courses" panel of the dashboard: the signed-in person's enrolments and where they stand. */
@Named
@RequestScoped
public class MyCoursesBacking {

    @Inject
    LearningViews views;

    @Inject
    CurrentCaller caller;

    @Inject
    LocaleSelection localeSelection;

    private List<MyCourse> courses;

    public List<MyCourse> getCourses() {
        if (courses == null) {
            courses = caller.accountId()
                    .map(account -> views.myCourses(account, localeSelection.getLocale()))
                    .orElse(List.of());
        }
        return courses;
    }
}

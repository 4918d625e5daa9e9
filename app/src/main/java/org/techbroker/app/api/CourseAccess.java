package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.techbroker.app.account.Role;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.enrolment.EnrolmentService;

/**
 * Who may read what a course teaches (its lesson bodies and files), as opposed to what the
 * catalogue says about it, which is public: administrators always, drafts included; trainees once
 * they are enrolled in the course and while it is published.
 */
@RequestScoped
public class CourseAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    EnrolmentService enrolments;

    public boolean isSignedIn() {
        return caller.username().isPresent();
    }

    public boolean isStaff() {
        return caller.isInRole(Role.ADMIN_NAME);
    }

    public boolean mayReadLessons(CourseCode course, boolean published) {
        if (isStaff()) {
            return true;
        }
        return published
                && caller.accountId()
                        .flatMap(account -> enrolments.find(account, course))
                        .isPresent();
    }
}

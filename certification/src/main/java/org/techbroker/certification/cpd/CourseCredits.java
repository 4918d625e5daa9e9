package org.techbroker.certification.cpd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.techbroker.courses.enrolment.CourseCompleted;

/**
 * Credits every completed Techbroker course as CPD, in the transaction that records the completion:
 * the credit and the completion are stored together or not at all.
 */
@ApplicationScoped
public class CourseCredits {

    @Inject
    CpdService cpd;

    void onCompleted(@Observes CourseCompleted completed) {
        cpd.credit(completed.completion());
    }
}

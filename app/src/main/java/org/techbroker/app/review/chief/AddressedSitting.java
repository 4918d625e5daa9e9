package org.techbroker.app.review.chief;

import java.util.Optional;
import org.techbroker.app.admin.courses.Pages;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.courses.shared.DomainException;

/**
 * The sitting a chief examiner's page is about, as its address names it ({@code ?sitting=…}). The
 * pages of one sitting all answer 404 alike to an address that names no sitting or one that does
 * not exist, so that a mistyped or stale link reads the same everywhere.
 */
record AddressedSitting(long id, String title) {

    /** The sitting the parameter names, with its title in the page's language; empty after answering 404. */
    static Optional<AddressedSitting> read(ExamAdministration administration, String parameter) {
        Optional<Long> id = Pages.id(parameter);
        if (id.isEmpty()) {
            Pages.notFound();
            return Optional.empty();
        }
        Sitting found;
        try {
            found = administration.sitting(id.get());
        } catch (DomainException e) {
            Pages.notFound();
            return Optional.empty();
        }
        return Optional.of(new AddressedSitting(found.id(), found.title().in(FacesMessages.locale())));
    }
}

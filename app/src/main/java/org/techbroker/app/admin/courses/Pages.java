package org.techbroker.app.admin.courses;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.catalog.CourseCode;

/** What the administrators' pages share: reading a course code or an id from the address, and "no such page". */
public final class Pages {

    private Pages() {}

    /** The code in a request parameter, if it is one; a malformed code names no course. */
    public static Optional<CourseCode> code(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CourseCode.parse(parameter));
        } catch (CoursesException e) {
            return Optional.empty();
        }
    }

    /** The id in a request parameter, if it is one. */
    public static Optional<Long> id(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(parameter.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Answers 404 instead of the page, as for any address that names nothing. */
    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Keeps the messages added now for the page a redirect leads to. */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}

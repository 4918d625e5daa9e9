package org.techbroker.liberty.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.techbroker.courses.catalog.CourseCode;

/**
 * Seeds courses for client tests and browser journeys, which cannot reach the application's
 * beans themselves; it exists only in their test deployments, never in the WAR.
 *
 * <ul>
 *   <li>{@code POST /test-support/courses?published=true&prerequisite=ZZA-123&creditHours=4}
 *       answers the {@link SeededCourse} of a new standard course ({@link CourseFixtures}); every
 *       parameter is optional (published, no prerequisite, 6 credit hours by default).
 *   <li>{@code POST /test-support/courses/raw-body?lesson=42} writes the request body as the
 *       lesson's stored HTML, past the sanitiser.
 * </ul>
 */
@WebServlet(urlPatterns = {CourseSupportServlet.COURSES_PATH, CourseSupportServlet.RAW_BODY_PATH})
public class CourseSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String COURSES_PATH = "/test-support/courses";
    public static final String RAW_BODY_PATH = "/test-support/courses/raw-body";

    @Inject
    transient CourseFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (RAW_BODY_PATH.equals(request.getServletPath())) {
            String html = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            fixtures.writeRawBody(Long.parseLong(request.getParameter("lesson")), html);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        String prerequisite = request.getParameter("prerequisite");
        String creditHours = request.getParameter("creditHours");
        SeededCourse course = fixtures.standardCourse(
                !"false".equals(request.getParameter("published")),
                prerequisite == null ? Set.of() : Set.of(new CourseCode(prerequisite)),
                creditHours == null ? 6 : Integer.parseInt(creditHours));
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(course.toJson().toString());
    }
}

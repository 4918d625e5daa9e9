package org.techbroker.liberty.authoring;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.techbroker.app.account.AccountService;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.enrolment.EnrolmentService;

/**
 * Enrols a trainee in a course for a client test, as the learning pages will: {@code POST} with
 * {@code username} and {@code code}. It exists only in the test deployments of this package.
 */
@WebServlet(urlPatterns = EnrolmentSupportServlet.PATH)
public class EnrolmentSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/test-support/enrolments";

    @Inject
    transient AccountService accounts;

    @Inject
    transient EnrolmentService enrolments;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        enrolments.enrol(
                accounts.getByUsername(request.getParameter("username")).id(),
                CourseCode.parse(request.getParameter("code")));
        response.setStatus(HttpServletResponse.SC_CREATED);
    }
}

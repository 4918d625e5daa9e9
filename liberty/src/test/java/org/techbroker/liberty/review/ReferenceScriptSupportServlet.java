package org.techbroker.liberty.review;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.techbroker.certification.review.ChiefReview;
import org.techbroker.certification.review.ReferenceScriptRow;
import org.techbroker.liberty.support.ExamFixtures;

/**
 * Writes a reference script for the marking pages' calibration test, as a chief examiner does on
 * their own pages; it exists only in that test's deployment. {@code POST
 * /test-support/review-reference?item=KEY&chief=username&text=…} answers {@code {"code"}}; the
 * chief then gives its agreed mark through the marking form. {@code POST
 * /test-support/review-reference?retire=CODE} retires it, so that live markings of the prompt in
 * other tests never wait for it.
 */
@WebServlet(urlPatterns = ReferenceScriptSupportServlet.PATH)
public class ReferenceScriptSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-support/review-reference";

    @Inject
    transient ChiefReview chief;

    @Inject
    transient ExamFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String retired = request.getParameter("retire");
        if (retired != null) {
            chief.retireReferenceScript(retired);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        ReferenceScriptRow reference = chief.addReferenceScript(
                fixtures.accountOf(request.getParameter("chief")),
                request.getParameter("item"),
                request.getParameter("text"));
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setContentType("application/json");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("code", reference.code())
                        .build()
                        .toString());
    }
}

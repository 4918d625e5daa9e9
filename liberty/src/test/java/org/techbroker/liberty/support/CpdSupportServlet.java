package org.techbroker.liberty.support;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.techbroker.certification.cpd.CpdReminders;
import org.techbroker.certification.registry.Certificate;

/**
 * Seeds CPD for client tests ({@link CpdFixtures}); it exists only in their test deployments, never
 * in the WAR.
 *
 * <ul>
 *   <li>{@code POST /test-support/cpd/holders} answers {@code {"username", "password", "email",
 *       "number", "expiresOn"}} of a new trainee who holds a fresh junior certificate;
 *   <li>{@code POST /test-support/cpd/reminders?date=2029-08-29} runs the reminder job as on that
 *       day and answers {@code {"sent": n}}.
 * </ul>
 */
@WebServlet(urlPatterns = {"/test-support/cpd/*"})
public class CpdSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-support/cpd";

    @Inject
    transient CpdFixtures fixtures;

    @Inject
    transient CpdReminders reminders;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        String body;
        switch (action) {
            case "/holders" -> {
                TestAccount holder = fixtures.trainee("cpdh");
                Certificate certificate = fixtures.certify(fixtures.accountOf(holder.username()));
                body = Json.createObjectBuilder()
                        .add("username", holder.username())
                        .add("password", holder.password())
                        .add("email", holder.email())
                        .add("number", certificate.numberText())
                        .add("expiresOn", certificate.expiresOn().toString())
                        .build()
                        .toString();
            }
            case "/reminders" -> {
                int sent = reminders.sendDue(LocalDate.parse(request.getParameter("date")));
                body = Json.createObjectBuilder().add("sent", sent).build().toString();
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}

package org.techbroker.liberty.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.techbroker.certification.cpd.CpdReminders;

/**
 * Runs CPD's expiry reminders for client tests; it exists only in their test deployments, never in
 * the WAR. (Holders of a certificate come from {@link RegistrySupportServlet}.)
 *
 * <ul>
 *   <li>{@code POST /test-support/cpd/reminders?date=2029-08-29&servers=3} runs the reminder job as
 *       on that day, as that many servers would at the same moment (on as many threads), and
 *       answers {@code {"sent": n}}, the mails sent by all of them.
 * </ul>
 */
@WebServlet(urlPatterns = {CpdSupportServlet.PATH + "/*"})
public class CpdSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-support/cpd";

    @Inject
    transient CpdReminders reminders;

    @Resource
    transient ManagedExecutorService executor;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/reminders".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LocalDate day = LocalDate.parse(request.getParameter("date"));
        int servers = request.getParameter("servers") == null ? 1 : Integer.parseInt(request.getParameter("servers"));
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
            runs.add(() -> reminders.sendDue(day));
        }
        int sent = 0;
        try {
            for (Future<Integer> run : executor.invokeAll(runs)) {
                sent += run.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        String body = Json.createObjectBuilder().add("sent", sent).build().toString();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}

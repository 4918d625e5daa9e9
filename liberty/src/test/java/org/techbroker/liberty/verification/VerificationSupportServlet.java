package org.techbroker.liberty.verification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.techbroker.certification.verification.VerificationLog;
import org.techbroker.liberty.support.RegistrySupportServlet;

/**
 * What verification tests need beyond the registry's seeding ({@link RegistrySupportServlet}); it
 * exists only in their deployment.
 *
 * <ul>
 *   <li>{@code POST /test-support/verification/flush} writes the verification log's queue now,
 *       rather than within the second, and answers 204.
 * </ul>
 */
@WebServlet(urlPatterns = {VerificationSupportServlet.PATH + "/*"})
public class VerificationSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-support/verification";

    @Inject
    transient VerificationLog log;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/flush".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        while (log.flush() > 0) {
            // until the queue is empty
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}

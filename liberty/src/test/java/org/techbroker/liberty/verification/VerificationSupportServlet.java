package org.techbroker.liberty.verification;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.techbroker.liberty.support.TestAccount;

/**
 * Seeds verification tests ({@link VerificationFixtures}); it exists only in their deployment.
 *
 * <ul>
 *   <li>{@code POST /test-support/verification/certificates} answers {@code {"number", "username",
 *       "password", "nameZh", "nameLatin"}} of a new certificate and its holder;
 *   <li>{@code POST /test-support/verification/enterprises} answers {@code {"username",
 *       "password"}} of a new enterprise account;
 *   <li>{@code POST /test-support/verification/revoke?number=…} and {@code …/suspend?number=…};
 *   <li>{@code POST /test-support/verification/flush} writes the verification log now.
 * </ul>
 */
@WebServlet(urlPatterns = {VerificationSupportServlet.PATH + "/*"})
public class VerificationSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-support/verification";

    @Inject
    transient VerificationFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (action) {
            case "/certificates" -> {
                VerificationFixtures.Issued issued = fixtures.certificate();
                TestAccount holder = issued.holder();
                json(
                        response,
                        Json.createObjectBuilder()
                                .add("number", issued.number())
                                .add("username", holder.username())
                                .add("password", holder.password())
                                .add("nameZh", holder.nameZh())
                                .add("nameLatin", holder.nameLatin())
                                .build());
            }
            case "/enterprises" -> {
                TestAccount enterprise = fixtures.enterprise();
                json(
                        response,
                        Json.createObjectBuilder()
                                .add("username", enterprise.username())
                                .add("password", enterprise.password())
                                .build());
            }
            case "/revoke" -> {
                fixtures.revoke(request.getParameter("number"));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case "/suspend" -> {
                fixtures.suspend(request.getParameter("number"));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case "/flush" -> {
                fixtures.flushLog();
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void json(HttpServletResponse response, JsonObject body) throws IOException {
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }
}

package org.techbroker.liberty.support;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Seeds the registry for client tests and browser journeys ({@link RegistryFixtures}); it exists
 * only in their test deployments, never in the WAR.
 *
 * <ul>
 *   <li>{@code POST /test-support/registry/certificates?holder=username&level=JUNIOR&tracks=SERVICE,REVIEW}
 *       answers {@code {"number", "holderId"}} of a certificate issued directly to that account;
 *   <li>{@code POST /test-support/registry/enterprises} answers {@code {"username", "password"}} of
 *       a new enterprise verifier.
 * </ul>
 */
@WebServlet(urlPatterns = {"/test-support/registry/*"})
public class RegistrySupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-support/registry";

    @Inject
    transient RegistryFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (action) {
            case "/certificates" -> {
                String tracksParameter = request.getParameter("tracks");
                Set<Track> tracks = EnumSet.noneOf(Track.class);
                if (tracksParameter != null && !tracksParameter.isBlank()) {
                    Arrays.stream(tracksParameter.split(","))
                            .map(String::strip)
                            .map(Track::valueOf)
                            .forEach(tracks::add);
                }
                String level = request.getParameter("level");
                Certificate certificate = fixtures.certificate(
                        request.getParameter("holder"),
                        level == null ? QualificationLevel.JUNIOR : QualificationLevel.valueOf(level),
                        tracks);
                json(
                        response,
                        Json.createObjectBuilder()
                                .add("number", certificate.numberText())
                                .add("holderId", certificate.holder().value())
                                .build()
                                .toString());
            }
            case "/enterprises" -> {
                TestAccount enterprise = fixtures.enterprise();
                json(
                        response,
                        Json.createObjectBuilder()
                                .add("username", enterprise.username())
                                .add("password", enterprise.password())
                                .build()
                                .toString());
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void json(HttpServletResponse response, String body) throws IOException {
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}

package org.techbroker.liberty.support;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.techbroker.app.account.Role;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Seeds the registry for client tests and browser journeys through {@link RegistryFixtures}; it
 * exists only in their test deployments ({@link Deployments#withRegistrySupport()}), never in the
 * WAR. Client tests call it through {@link RegistrySeeds}. A new person is answered as {@code
 * {"username", "password", "email", "nameZh", "nameLatin"}}.
 *
 * <ul>
 *   <li>{@code POST /test-support/registry/people?role=ENTERPRISE} answers 201 and a new person
 *       with the role;
 *   <li>{@code POST /test-support/registry/certificates?level=JUNIOR&tracks=SERVICE,REVIEW&reason=…}
 *       issues a certificate by a new administrator (defaults: a junior one of the service track,
 *       for {@link RegistryFixtures#DEFAULT_REASON}) to a new trainee whose Latin name nobody else
 *       has, or with {@code holder=username} to that account, and answers 201 and {@code
 *       {"number", "expiresOn", "holderId", "admin", "username"}} (the issuing administrator's
 *       username), with the new holder's other fields of a person;
 *   <li>{@code POST /test-support/registry/revoke?number=…} and {@code …/suspend?number=…} change
 *       the certificate's status as a new administrator, and answer 204;
 *   <li>{@code POST /test-support/registry/requests} answers 201 and {@code {"id", "candidate"}} of
 *       a pass waiting for approval;
 *   <li>{@code POST /test-support/registry/key-limit?perMinute=…} with the key's secret in {@code
 *       X-Api-Key} gives that key a limit of its own, and answers 204;
 *   <li>{@code POST /test-support/registry/verification-log} writes every tally of the
 *       verification log now, rather than when its window closes, and answers 204.
 * </ul>
 */
@WebServlet(urlPatterns = {RegistrySupportServlet.PATH + "/*"})
public class RegistrySupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-support/registry";

    @Inject
    transient RegistryFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (action) {
            case "/people" ->
                created(
                        response,
                        person(fixtures.person("person", Role.valueOf(request.getParameter("role"))))
                                .build());
            case "/certificates" -> created(response, issue(request));
            case "/revoke" -> {
                fixtures.revoke(request.getParameter("number"));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case "/suspend" -> {
                fixtures.suspend(request.getParameter("number"));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case "/key-limit" -> {
                fixtures.limitKey(request.getHeader("X-Api-Key"), Integer.parseInt(request.getParameter("perMinute")));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case "/verification-log" -> {
                fixtures.writeVerificationLog();
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case "/requests" -> {
                RegistryFixtures.PendingRequest pending = fixtures.pendingRequest();
                created(
                        response,
                        Json.createObjectBuilder()
                                .add("id", pending.id())
                                .add("candidate", pending.candidate())
                                .build());
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private JsonObject issue(HttpServletRequest request) {
        String level = request.getParameter("level");
        String tracks = request.getParameter("tracks");
        String reason = request.getParameter("reason");
        String username = request.getParameter("holder");
        JsonObjectBuilder answer;
        if (username == null) {
            TestAccount holder = fixtures.holder();
            answer = person(holder);
            username = holder.username();
        } else {
            answer = Json.createObjectBuilder().add("username", username);
        }
        AccountId holderId = fixtures.accountOf(username);
        RegistryFixtures.Issued issued = fixtures.issue(
                holderId,
                level == null ? QualificationLevel.JUNIOR : QualificationLevel.valueOf(level),
                tracks == null ? EnumSet.of(Track.SERVICE) : tracksOf(tracks),
                reason == null ? RegistryFixtures.DEFAULT_REASON : reason);
        Certificate certificate = issued.certificate();
        return answer.add("number", certificate.numberText())
                .add("expiresOn", certificate.expiresOn().toString())
                .add("holderId", holderId.value())
                .add("admin", issued.admin())
                .build();
    }

    private static Set<Track> tracksOf(String list) {
        Set<Track> tracks = EnumSet.noneOf(Track.class);
        Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(track -> !track.isEmpty())
                .map(Track::valueOf)
                .forEach(tracks::add);
        return tracks;
    }

    private static JsonObjectBuilder person(TestAccount person) {
        return Json.createObjectBuilder()
                .add("username", person.username())
                .add("password", person.password())
                .add("email", person.email())
                .add("nameZh", person.nameZh())
                .add("nameLatin", person.nameLatin());
    }

    private static void created(HttpServletResponse response, JsonObject body) throws IOException {
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }
}

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
import java.util.stream.Collectors;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.app.account.Role;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Seeds certificates for the registry's page, API and browser tests; it exists only in their test
 * deployments, never in the WAR.
 *
 * <ul>
 *   <li>{@code POST /test-support/certificates?level=JUNIOR&tracks=SERVICE,REVIEW&reason=…} issues
 *       a certificate to a new trainee, by a new administrator, through {@link
 *       CertificateRegistry#issue}, and answers {@code {"number", "username", "password",
 *       "nameZh", "nameLatin", "admin"}} (the holder's sign-in and the issuing administrator's
 *       username);
 *   <li>{@code POST /test-support/certificates/people?role=ENTERPRISE} answers {@code {"username",
 *       "password"}} of a new person with the role;
 *   <li>{@code POST /test-support/certificates/requests} answers {@code {"id", "candidate"}} of a
 *       pass waiting for approval ({@link CertificateFixtures}).
 * </ul>
 */
@WebServlet(urlPatterns = {CertificateSupportServlet.PATH, CertificateSupportServlet.PATH + "/*"})
public class CertificateSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-support/certificates";

    @Inject
    transient AccountService accounts;

    @Inject
    transient CertificateRegistry registry;

    @Inject
    transient CertificateFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (action) {
            case "", "/" -> issue(request, response);
            case "/people" -> {
                TestAccount person = create("person", Role.valueOf(request.getParameter("role")));
                json(
                        response,
                        Json.createObjectBuilder()
                                .add("username", person.username())
                                .add("password", person.password())
                                .build()
                                .toString());
            }
            case "/requests" -> {
                CertificateFixtures.PendingRequest pending = fixtures.pendingRequest();
                json(
                        response,
                        Json.createObjectBuilder()
                                .add("id", pending.id())
                                .add("candidate", pending.candidate())
                                .build()
                                .toString());
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void issue(HttpServletRequest request, HttpServletResponse response) throws IOException {
        QualificationLevel level = QualificationLevel.valueOf(
                request.getParameter("level") == null ? "JUNIOR" : request.getParameter("level"));
        Set<Track> tracks = request.getParameter("tracks") == null
                ? EnumSet.of(Track.SERVICE)
                : Arrays.stream(request.getParameter("tracks").split(","))
                        .map(Track::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Track.class)));
        String reason = request.getParameter("reason") == null
                ? "Recognised from the paper register"
                : request.getParameter("reason");
        TestAccount fresh = TestAccount.fresh("holder");
        TestAccount holder = new TestAccount(
                fresh.username(),
                fresh.password(),
                fresh.email(),
                "测试持证人",
                "Holder "
                        + lettersOf(fresh.username().substring(fresh.username().indexOf('-') + 1)));
        accounts.create(holder.details(), holder.password(), EnumSet.of(Role.TRAINEE), Actor.system());
        TestAccount admin = create("issuer", Role.ADMIN);
        Certificate certificate = registry.issue(idOf(holder), level, tracks, idOf(admin), reason);
        json(
                response,
                Json.createObjectBuilder()
                        .add("number", certificate.numberText())
                        .add("username", holder.username())
                        .add("password", holder.password())
                        .add("nameZh", holder.nameZh())
                        .add("nameLatin", holder.nameLatin())
                        .add("admin", admin.username())
                        .build()
                        .toString());
    }

    /** The random part of a username as Latin letters only (digits 0-9 as g-p), for a name nobody else has. */
    private static String lettersOf(String hex) {
        StringBuilder letters = new StringBuilder(hex.length());
        hex.chars().forEach(c -> letters.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
        return letters.toString();
    }

    private TestAccount create(String purpose, Role role) {
        TestAccount person = TestAccount.fresh(purpose);
        accounts.create(person.details(), person.password(), EnumSet.of(role), Actor.system());
        return person;
    }

    private AccountId idOf(TestAccount person) {
        return accounts.findByUsername(person.username()).map(Account::id).orElseThrow();
    }

    private static void json(HttpServletResponse response, String body) throws IOException {
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}

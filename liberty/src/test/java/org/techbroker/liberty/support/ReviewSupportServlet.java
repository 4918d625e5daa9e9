package org.techbroker.liberty.support;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.techbroker.certification.review.MarkingRole;
import org.techbroker.liberty.support.ExamFixtures.SeededExam;

/**
 * Seeds essay review for client tests and browser journeys ({@link ReviewFixtures}); it exists
 * only in their test deployments, never in the WAR.
 *
 * <ul>
 *   <li>{@code POST /test-support/review/examiners?chief=false} answers {@code {"username",
 *       "password"}} of a new examiner (chief examiner with {@code chief=true});
 *   <li>{@code POST /test-support/review/essays?sitting=1&course=X&lesson=2} with body {@code
 *       {"texts": ["…"]}} answers the submitted attempt's scripts ({@link
 *       ReviewFixtures.SubmittedScripts}) of a new candidate;
 *   <li>{@code POST /test-support/review/assign?script=E-…&role=MARKER&examiners=a,b} gives the
 *       script's open markings of the role to these examiners;
 *   <li>{@code POST /test-support/review/marks?script=E-…&examiner=username&points=15,15,15,15}
 *       submits the examiner's open marker marking of the script with these points, criterion by
 *       criterion in rubric order;
 *   <li>{@code POST /test-support/review/reference?item=KEY&chief=username&text=…} answers {@code
 *       {"code"}} of a new reference script, whose agreed mark the chief then gives through the
 *       marking form; {@code POST /test-support/review/reference?retire=CODE} retires it;
 *   <li>{@code POST /test-support/review/release?sitting=1} releases the sitting's results.
 * </ul>
 */
@WebServlet(urlPatterns = {"/test-support/review/*"})
public class ReviewSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-support/review";

    @Inject
    transient ReviewFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (action) {
            case "/examiners" -> {
                TestAccount examiner = fixtures.examiner("examiner", "true".equals(request.getParameter("chief")));
                json(
                        response,
                        Json.createObjectBuilder()
                                .add("username", examiner.username())
                                .add("password", examiner.password())
                                .add("email", examiner.email())
                                .build()
                                .toString());
            }
            case "/essays" -> {
                SeededExam exam = new SeededExam(
                        Long.parseLong(request.getParameter("sitting")),
                        request.getParameter("course"),
                        Long.parseLong(request.getParameter("lesson")),
                        0,
                        0);
                List<String> texts;
                try (JsonReader reader = Json.createReader(request.getReader())) {
                    JsonArray array = reader.readObject().getJsonArray("texts");
                    texts = array.getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString)
                            .toList();
                }
                json(response, fixtures.submittedEssays(exam, texts).toJson().toString());
            }
            case "/assign" -> {
                fixtures.assign(
                        request.getParameter("script"),
                        MarkingRole.valueOf(request.getParameter("role")),
                        Arrays.asList(request.getParameter("examiners").split(",")));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case "/marks" -> {
                fixtures.submitMarks(
                        request.getParameter("script"),
                        request.getParameter("examiner"),
                        Arrays.stream(request.getParameter("points").split(","))
                                .map(p -> new BigDecimal(p.strip()))
                                .toList());
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case "/reference" -> {
                String retired = request.getParameter("retire");
                if (retired != null) {
                    fixtures.retireReferenceScript(retired);
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                } else {
                    String code = fixtures.addReferenceScript(
                            request.getParameter("chief"), request.getParameter("item"), request.getParameter("text"));
                    json(
                            response,
                            Json.createObjectBuilder().add("code", code).build().toString());
                }
            }
            case "/release" -> {
                fixtures.releaseResults(Long.parseLong(request.getParameter("sitting")));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
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

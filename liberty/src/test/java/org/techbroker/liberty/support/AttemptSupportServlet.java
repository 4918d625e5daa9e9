package org.techbroker.liberty.support;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.techbroker.app.account.AccountService;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.AttemptStart;
import org.techbroker.certification.exam.AttemptView;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.courses.shared.AccountId;

/**
 * Acts on attempts for page tests and browser journeys, as the candidate or an administrator
 * would, without going through the pages under test; it exists only in their test deployments.
 *
 * <ul>
 *   <li>{@code POST /test-support/attempts?username=u&sitting=1} starts (or resumes) the person's
 *       attempt and answers {@code {"attemptId": …}};
 *   <li>{@code POST /test-support/attempts/answer?username=u&attempt=7&item=9&selected=3,4} (or
 *       {@code value=12.5}, or {@code text=…}) saves an answer;
 *   <li>{@code POST /test-support/attempts/submission?username=u&attempt=7} submits;
 *   <li>{@code POST /test-support/attempts/release?sitting=1} releases the sitting's results;
 *   <li>{@code POST /test-support/attempts/extra-time?username=u&sitting=1&minutes=30} grants extra time;
 *   <li>{@code GET /test-support/attempts?username=u&attempt=7} answers the items as the candidate
 *       sees them: {@code {"state": …, "items": [{"id", "type", "options": [ids]}]}}.
 * </ul>
 */
@WebServlet(urlPatterns = {"/test-support/attempts", "/test-support/attempts/*"})
public class AttemptSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-support/attempts";

    @Inject
    transient ExamService exams;

    @Inject
    transient ExamAdministration administration;

    @Inject
    transient AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (action) {
            case "" -> {
                AttemptStart started = exams.start(account(request), Long.parseLong(request.getParameter("sitting")));
                response.setStatus(HttpServletResponse.SC_CREATED);
                response.setContentType("application/json");
                response.getWriter()
                        .write(Json.createObjectBuilder()
                                .add("attemptId", started.attemptId())
                                .add("deadline", started.deadline().toString())
                                .build()
                                .toString());
            }
            case "/answer" -> {
                exams.save(
                        account(request),
                        Long.parseLong(request.getParameter("attempt")),
                        Long.parseLong(request.getParameter("item")),
                        answer(request));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case "/submission" -> {
                exams.submit(account(request), Long.parseLong(request.getParameter("attempt")));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case "/release" -> {
                administration.releaseResults(Long.parseLong(request.getParameter("sitting")));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case "/extra-time" -> {
                administration.grantExtraTime(
                        Long.parseLong(request.getParameter("sitting")),
                        account(request),
                        Integer.parseInt(request.getParameter("minutes")));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttemptView view = exams.attempt(account(request), Long.parseLong(request.getParameter("attempt")));
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (AttemptView.Item item : view.items()) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            item.options().forEach(option -> options.add(option.id()));
            items.add(Json.createObjectBuilder()
                    .add("id", item.id())
                    .add("position", item.position())
                    .add("type", item.type().name())
                    .add("options", options));
        }
        response.setContentType("application/json");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("state", view.state().name())
                        .add("answers", view.answers().size())
                        .add("items", items)
                        .build()
                        .toString());
    }

    private AccountId account(HttpServletRequest request) {
        String username = request.getParameter("username");
        return accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No account " + username))
                .id();
    }

    private static AnswerInput answer(HttpServletRequest request) {
        if (request.getParameter("selected") != null) {
            List<Long> ids = Arrays.stream(request.getParameter("selected").split(","))
                    .filter(s -> !s.isBlank())
                    .map(Long::valueOf)
                    .toList();
            return new AnswerInput.Selected(ids);
        }
        if (request.getParameter("value") != null) {
            return new AnswerInput.NumericValue(new BigDecimal(request.getParameter("value")));
        }
        return new AnswerInput.EssayText(request.getParameter("text"));
    }
}

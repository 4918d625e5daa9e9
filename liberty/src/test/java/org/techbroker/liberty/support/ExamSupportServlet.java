package org.techbroker.liberty.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.techbroker.liberty.support.ExamFixtures.SeededExam;

/**
 * Seeds exams for client tests and browser journeys ({@link ExamFixtures}); it exists only in
 * their test deployments, never in the WAR.
 *
 * <ul>
 *   <li>{@code POST /test-support/exams?duration=60&essays=0&capacity=100&openedSecondsAgo=60}
 *       answers the {@link SeededExam} (every parameter optional, defaults shown);
 *   <li>{@code POST /test-support/exams/eligibility?username=u&sitting=1&course=X&lesson=2}
 *       completes the exam's required course for the person; add {@code register=true} to register
 *       them as well;
 *   <li>{@code GET /test-support/exams/keys?attempt=7} answers the keys of the attempt's items;
 *   <li>{@code POST /test-support/exams/deadline?attempt=7&secondsFromNow=-5} moves the deadline.
 * </ul>
 */
@WebServlet(urlPatterns = {"/test-support/exams", "/test-support/exams/*"})
public class ExamSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-support/exams";

    @Inject
    transient ExamFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (action) {
            case "" -> {
                SeededExam exam = fixtures.exam(
                        intParameter(request, "duration", 60),
                        intParameter(request, "essays", 0),
                        intParameter(request, "capacity", 100),
                        intParameter(request, "openedSecondsAgo", 60));
                json(response, HttpServletResponse.SC_CREATED, exam.toJson().toString());
            }
            case "/eligibility" -> {
                SeededExam exam = new SeededExam(
                        Long.parseLong(request.getParameter("sitting")),
                        request.getParameter("course"),
                        Long.parseLong(request.getParameter("lesson")),
                        0,
                        0);
                if ("true".equals(request.getParameter("register"))) {
                    fixtures.register(fixtures.accountOf(request.getParameter("username")), exam);
                } else {
                    fixtures.makeEligible(fixtures.accountOf(request.getParameter("username")), exam);
                }
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case "/deadline" -> {
                fixtures.moveDeadline(
                        Long.parseLong(request.getParameter("attempt")),
                        Instant.now().plusSeconds(Long.parseLong(request.getParameter("secondsFromNow"))));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/keys".equals(request.getPathInfo())) {
            json(
                    response,
                    HttpServletResponse.SC_OK,
                    fixtures.keys(Long.parseLong(request.getParameter("attempt")))
                            .toString());
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static int intParameter(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}

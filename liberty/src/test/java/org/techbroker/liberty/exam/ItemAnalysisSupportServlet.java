package org.techbroker.liberty.exam;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.techbroker.certification.exam.AnswerInput;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.liberty.support.ExamFixtures;
import org.techbroker.liberty.support.ExamFixtures.SeededExam;

/**
 * Seeds a sitting with submitted attempts for the item analysis page and API tests; it exists only
 * in their test deployment. {@code POST /test-support/item-analysis} seeds the six items of
 * {@link ExamFixtures} and three invented candidates: one saves every key, one every key but the
 * first item's (where it chooses another option), one saves nothing; all three submit. It answers
 * {@code {"sittingId", "course"}}.
 */
@WebServlet(urlPatterns = "/test-support/item-analysis")
public class ItemAnalysisSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-support/item-analysis";

    private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(7_000_000_000L + System.nanoTime() % 1_000_000_000L);

    @Inject
    transient ExamFixtures fixtures;

    @Inject
    transient ExamService exams;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SeededExam exam = fixtures.exam(60, 0, 10, 60);
        for (int candidate = 0; candidate < 3; candidate++) {
            AccountId account = new AccountId(NEXT_ACCOUNT.incrementAndGet());
            fixtures.register(account, exam);
            long attemptId = exams.start(account, exam.sittingId()).attemptId();
            if (candidate < 2) {
                saveKeys(account, attemptId, candidate == 1);
            }
            exams.submit(account, attemptId);
        }
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("sittingId", exam.sittingId())
                        .add("course", exam.course())
                        .build()
                        .toString());
    }

    /** Saves the key of every item; with {@code missFirst}, another option on the first choice item of the form. */
    private void saveKeys(AccountId account, long attemptId, boolean missFirst) {
        JsonObject keys = fixtures.keys(attemptId);
        var items = exams.attempt(account, attemptId).items();
        boolean missed = false;
        for (var item : items) {
            JsonObject key = keys.getJsonObject(String.valueOf(item.id()));
            if (key == null) {
                continue;
            }
            AnswerInput answer;
            if (key.containsKey("value")) {
                answer = new AnswerInput.NumericValue(key.getJsonNumber("value").bigDecimalValue());
            } else {
                List<Long> right = key.getJsonArray("selected").getValuesAs(JsonNumber.class).stream()
                        .map(JsonNumber::longValue)
                        .toList();
                List<Long> chosen = right;
                if (missFirst && !missed) {
                    missed = true;
                    chosen = List.of(item.options().stream()
                            .map(option -> option.id())
                            .filter(id -> !right.contains(id))
                            .findFirst()
                            .orElseThrow());
                }
                answer = new AnswerInput.Selected(chosen);
            }
            exams.save(account, attemptId, item.id(), answer);
        }
    }
}

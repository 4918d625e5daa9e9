package org.techbroker.liberty.exam;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.ExamSupportServlet;
import org.techbroker.liberty.support.TestAccount;

/**
 * The calls the exam API tests make again and again: seeding an exam (through {@link
 * ExamSupportServlet}), making a trainee eligible, and the candidate's own calls. Each asserts the
 * status it expects, so that a test reads as the story it tells.
 */
final class ExamCalls {

    private ExamCalls() {}

    /** What a test knows of the exam it seeded. */
    record Exam(long sittingId, String course, long lessonId, int itemCount, int essayCount) {}

    /** A sitting open for a minute already, with these minutes per attempt and this many essays. */
    static Exam seed(ApiClient client, int durationMinutes, int essays) {
        return seed(client, "duration=" + durationMinutes + "&essays=" + essays);
    }

    static Exam seed(ApiClient client, String query) {
        HttpResponse<String> response = client.send("POST", ExamSupportServlet.PATH + "?" + query, null, null);
        assertThat(response.statusCode())
                .as("exam seeding: %s", response.body())
                .isEqualTo(201);
        JsonObject exam = ApiClient.json(response);
        return new Exam(
                exam.getJsonNumber("sittingId").longValue(),
                exam.getString("course"),
                exam.getJsonNumber("lessonId").longValue(),
                exam.getInt("itemCount"),
                exam.getInt("essayCount"));
    }

    /** Completes the exam's required course for the person, as reading its lesson does. */
    static void makeEligible(ApiClient client, TestAccount person, Exam exam) {
        eligibility(client, person, exam, false);
    }

    /** Completes the required course and registers the person. */
    static void register(ApiClient client, TestAccount person, Exam exam) {
        eligibility(client, person, exam, true);
    }

    private static void eligibility(ApiClient client, TestAccount person, Exam exam, boolean register) {
        HttpResponse<String> response = client.send(
                "POST",
                ExamSupportServlet.PATH + "/eligibility?username=" + encode(person.username()) + "&sitting="
                        + exam.sittingId() + "&course=" + encode(exam.course()) + "&lesson=" + exam.lessonId()
                        + (register ? "&register=true" : ""),
                null,
                null);
        assertThat(response.statusCode()).as("eligibility: %s", response.body()).isEqualTo(204);
    }

    /** A fresh trainee, signed in on a client of their own. */
    static Candidate candidate(URL base, String purpose) {
        ApiClient client = new ApiClient(base);
        TestAccount account = client.registerTrainee(purpose);
        client.signIn(account);
        return new Candidate(account, client);
    }

    /** A trainee and the client (browser, device) they use. */
    record Candidate(TestAccount account, ApiClient client) {

        /** The same person on another device: another client, signed in separately. */
        Candidate onAnotherDevice(URL base) {
            ApiClient other = new ApiClient(base);
            other.signIn(account);
            return new Candidate(account, other);
        }

        /** Starts (or resumes) the attempt at the sitting and answers its id. */
        long start(Exam exam) {
            HttpResponse<String> response = client.post("/api/v1/sittings/" + exam.sittingId() + "/attempts", null);
            assertThat(response.statusCode()).as("start: %s", response.body()).isIn(200, 201);
            return ApiClient.json(response).getJsonNumber("attemptId").longValue();
        }

        JsonObject attempt(long attemptId) {
            HttpResponse<String> response = client.get("/api/v1/attempts/" + attemptId);
            assertThat(response.statusCode()).as("attempt: %s", response.body()).isEqualTo(200);
            return ApiClient.json(response);
        }

        HttpResponse<String> save(long attemptId, long itemId, JsonStructure body) {
            return client.put(answerPath(attemptId, itemId), body);
        }

        HttpResponse<String> submit(long attemptId) {
            return client.post("/api/v1/attempts/" + attemptId + "/submission", null);
        }
    }

    static String answerPath(long attemptId, long itemId) {
        return "/api/v1/attempts/" + attemptId + "/answers/" + itemId;
    }

    /** The first item of the attempt of this type (SINGLE_CHOICE, NUMERIC, ESSAY…). */
    static JsonObject item(JsonObject attempt, String type) {
        return attempt.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("type").equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + type + " item in " + attempt));
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    /** The id of the item's option at this position (as shown). */
    static long option(JsonObject item, int index) {
        return item.getJsonArray("options")
                .getJsonObject(index)
                .getJsonNumber("id")
                .longValue();
    }

    /** The answers of an attempt document, or an empty object when there are none. */
    static JsonObject answers(JsonObject attempt) {
        JsonValue answers = attempt.get("answers");
        return answers == null ? JsonValue.EMPTY_JSON_OBJECT : answers.asJsonObject();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

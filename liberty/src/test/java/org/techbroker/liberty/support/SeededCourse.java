package org.techbroker.liberty.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * A course a test seeded through {@link CourseFixtures}: its code and titles, the words that find
 * it (an English one in its English title, a Chinese one in its Chinese summary only, and one in
 * both titles), and the ids of its modules, lessons (per module) and practice items (per module,
 * in order). Client tests receive it as JSON from {@link CourseSupportServlet}.
 */
public record SeededCourse(
        String code,
        String titleZh,
        String titleEn,
        String marker,
        String zhOnlyMarker,
        int creditHours,
        List<Long> moduleIds,
        List<List<Long>> lessonIds,
        List<List<Long>> itemIds) {

    public SeededCourse {
        moduleIds = List.copyOf(moduleIds);
        lessonIds = lessonIds.stream().map(List::copyOf).toList();
        itemIds = itemIds.stream().map(List::copyOf).toList();
    }

    public List<Long> allLessonIds() {
        return lessonIds.stream().flatMap(List::stream).toList();
    }

    public String title(boolean chinese) {
        return chinese ? titleZh : titleEn;
    }

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("titleZh", titleZh)
                .add("titleEn", titleEn)
                .add("marker", marker)
                .add("zhOnlyMarker", zhOnlyMarker)
                .add("creditHours", creditHours)
                .add("moduleIds", ids(moduleIds))
                .add("lessonIds", nested(lessonIds))
                .add("itemIds", nested(itemIds))
                .build();
    }

    public static SeededCourse fromJson(JsonObject json) {
        return new SeededCourse(
                json.getString("code"),
                json.getString("titleZh"),
                json.getString("titleEn"),
                json.getString("marker"),
                json.getString("zhOnlyMarker"),
                json.getInt("creditHours"),
                ids(json.getJsonArray("moduleIds")),
                json.getJsonArray("lessonIds").getValuesAs(JsonArray.class).stream()
                        .map(SeededCourse::ids)
                        .toList(),
                json.getJsonArray("itemIds").getValuesAs(JsonArray.class).stream()
                        .map(SeededCourse::ids)
                        .toList());
    }

    /**
     * Seeds a course through the test-support servlet; the query names its shape
     * ({@link CourseSupportServlet}), such as {@code "published=true"}.
     */
    public static SeededCourse seed(ApiClient client, String query) {
        HttpResponse<String> response =
                client.send("POST", CourseSupportServlet.COURSES_PATH + "?" + query, null, null);
        assertThat(response.statusCode())
                .as("course seeding: %s", response.body())
                .isEqualTo(201);
        return fromJson(ApiClient.json(response));
    }

    private static JsonArrayBuilder ids(List<Long> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder nested(List<List<Long>> lists) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        lists.forEach(list -> array.add(ids(list)));
        return array;
    }

    private static List<Long> ids(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue)
                .toList();
    }
}

package org.techbroker.certification.exam.bank;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;

/** Valid items of every type in the file format, for tests to break one rule at a time. */
final class ItemJson {

    private ItemJson() {}

    static JsonObjectBuilder text(String zh, String en) {
        return Json.createObjectBuilder().add("zh", zh).add("en", en);
    }

    static JsonObjectBuilder common(String key, String type) {
        return Json.createObjectBuilder()
                .add("key", key)
                .add("type", type)
                .add("course", "IPL-101")
                .add("level", "JUNIOR")
                .add("difficulty", "EASY")
                .add("stem", text("下列哪一项属于专利权的客体？", "Which of these can be the subject of a patent?"));
    }

    static JsonObjectBuilder option(String zh, String en, boolean correct) {
        return Json.createObjectBuilder().add("text", text(zh, en)).add("correct", correct);
    }

    static JsonObject single(String key) {
        return common(key, "SINGLE_CHOICE")
                .add(
                        "options",
                        Json.createArrayBuilder()
                                .add(option("发明", "An invention", true))
                                .add(option("科学发现", "A scientific discovery", false))
                                .add(option("智力活动规则", "Rules of mental activity", false)))
                .build();
    }

    static JsonObject multiple(String key) {
        return common(key, "MULTIPLE_CHOICE")
                .add(
                        "options",
                        Json.createArrayBuilder()
                                .add(option("发明", "Inventions", true))
                                .add(option("实用新型", "Utility models", true))
                                .add(option("科学发现", "Scientific discoveries", false)))
                .build();
    }

    static JsonObject trueFalse(String key) {
        return common(key, "TRUE_FALSE").add("correct", true).build();
    }

    static JsonObject numeric(String key) {
        return common(key, "NUMERIC")
                .add("answer", 12.5)
                .add("tolerance", 0.5)
                .add("unit", text("万元", "CNY 10,000"))
                .build();
    }

    static JsonObject essay(String key) {
        return common(key, "ESSAY")
                .add("points", 20)
                .add(
                        "rubric",
                        Json.createObjectBuilder()
                                .add(
                                        "criteria",
                                        Json.createArrayBuilder()
                                                .add(criterion("方法选择", "Choice of method", 10))
                                                .add(criterion("论证", "Reasoning", 10))))
                .build();
    }

    static JsonObjectBuilder criterion(String zh, String en, int points) {
        return Json.createObjectBuilder()
                .add("title", text(zh, en))
                .add("points", points)
                .add(
                        "levels",
                        Json.createArrayBuilder()
                                .add(level(points, "全面", "Complete"))
                                .add(level(points / 2, "部分", "Partial"))
                                .add(level(0, "缺失", "Missing")));
    }

    static JsonObjectBuilder level(int points, String zh, String en) {
        return Json.createObjectBuilder().add("points", points).add("descriptor", text(zh, en));
    }

    static byte[] file(JsonObject... items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject item : items) {
            array.add(item);
        }
        return Json.createObjectBuilder()
                .add("format", "techbroker-exam-items/1")
                .add("items", array)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The object with one member replaced (or added). */
    static JsonObject with(JsonObject object, String key, jakarta.json.JsonValue value) {
        return Json.createObjectBuilder(object).add(key, value).build();
    }

    static JsonObject without(JsonObject object, String key) {
        return Json.createObjectBuilder(object).remove(key).build();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

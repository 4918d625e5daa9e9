package org.techbroker.app.admin.exams.analysis;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.OptionalDouble;

/**
 * Chart.js configurations as PrimeFaces' {@code p:chart} takes them: the JSON goes verbatim into
 * the page's widget script, so a text from the bank (an item key, an option text) must not be able
 * to close that script. Escaping {@code <}, {@code >} and {@code &} as JSON {@code \\u} escapes
 * keeps the JSON equal while no {@code </script>} or HTML comment can appear in the page; the two
 * line separators that older JavaScript engines refuse inside strings are escaped too.
 *
 * <p>The pieces every chart of the application is built from are here too, so that the item
 * analysis and the review statistics draw alike: charts fill their box without animation and carry
 * a title, and a figure that is undefined is a gap in its series, never a zero bar.
 */
public final class ChartJson {

    private ChartJson() {}

    public static String forScript(JsonObject config) {
        String json = config.toString();
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    /** A chart of the type with these datasets; {@code labels} null where the data place themselves (a scatter). */
    public static JsonObject chart(
            String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        JsonObjectBuilder data = Json.createObjectBuilder();
        if (labels != null) {
            data.add("labels", labels);
        }
        data.add("datasets", datasets);
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", data)
                .add("options", options)
                .build();
    }

    /** A series in one colour. */
    public static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", values)
                .add("backgroundColor", colour);
    }

    /** A series with a colour of its own for each value. */
    public static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, JsonArrayBuilder colours) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", values)
                .add("backgroundColor", colours);
    }

    /** The options of a chart with these scales and title, the legend as Chart.js shows it by default. */
    public static JsonObjectBuilder options(JsonObjectBuilder scales, String title) {
        return options(scales, Json.createObjectBuilder().add("title", title(title)));
    }

    /** The options of a chart with these scales and title, the legend shown or hidden. */
    public static JsonObjectBuilder options(JsonObjectBuilder scales, String title, boolean legend) {
        return options(
                scales,
                Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", legend))
                        .add("title", title(title)));
    }

    private static JsonObjectBuilder options(JsonObjectBuilder scales, JsonObjectBuilder plugins) {
        return Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", scales)
                .add("plugins", plugins);
    }

    /** A title that shows, of a chart or of an axis. */
    public static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }

    /** Adds the value times {@code scale} with one decimal, or a gap where the value is undefined. */
    public static void addRounded(JsonArrayBuilder values, OptionalDouble value, int scale) {
        if (value.isPresent()) {
            values.add(Math.round(value.getAsDouble() * scale * 10) / 10.0);
        } else {
            values.addNull();
        }
    }
}

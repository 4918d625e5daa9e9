package org.techbroker.app.admin.exams.analysis;

import jakarta.json.JsonObject;

/**
 * Chart.js configurations as PrimeFaces' {@code p:chart} takes them: the JSON goes verbatim into
 * the page's widget script, so a text from the bank (an item key, an option text) must not be able
 * to close that script. Escaping {@code <}, {@code >} and {@code &} as JSON {@code \\u} escapes
 * keeps the JSON equal while no {@code </script>} or HTML comment can appear in the page; the two
 * line separators that older JavaScript engines refuse inside strings are escaped too.
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
}

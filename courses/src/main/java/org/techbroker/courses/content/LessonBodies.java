package org.techbroker.courses.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two forms of a lesson body: as the catalogue stores it (passed through the sanitiser,
 * {@link LessonHtml}), and as a course file carries it (the format's stricter spelling, which the
 * sanitiser's output does not always follow: it writes {@code <br />} and numeric character
 * references such as {@code &#34;}). Exporting turns the first into the second, so that an
 * exported archive validates and imports again.
 */
public final class LessonBodies {

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/>");

    private LessonBodies() {}

    /** The body as stored: sanitised. */
    public static String stored(String html) {
        return LessonHtml.sanitize(html);
    }

    /** A stored body in the file format's spelling: {@code <br>}, characters written literally. */
    public static String exported(String storedHtml) {
        String breaks = BREAK.matcher(storedHtml).replaceAll("<br>");
        Matcher references = NUMERIC_REFERENCE.matcher(breaks);
        StringBuilder out = new StringBuilder(breaks.length());
        while (references.find()) {
            int codePoint = references.group(1) != null
                    ? Integer.parseInt(references.group(1))
                    : Integer.parseInt(references.group(2), 16);
            references.appendReplacement(out, Matcher.quoteReplacement(literal(codePoint)));
        }
        references.appendTail(out);
        return out.toString();
    }

    private static String literal(int codePoint) {
        return switch (codePoint) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default ->
                Character.isValidCodePoint(codePoint) && !Character.isISOControl(codePoint)
                        ? new String(Character.toChars(codePoint))
                        : "";
        };
    }
}

package org.techbroker.courses.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a lesson body against the format's HTML subset (section 5.1): the allowed elements only,
 * no attributes, no comments or declarations, proper nesting with explicit end tags, only the five
 * character references, and block elements only at the top level. It reports the first breach, in
 * a form an author can find ({@code <span>}, {@code class on <p>}); the next check after the fix
 * shows the one after. It also counts words and structure for the editorial rules.
 */
final class BodyHtml {

    static final Set<String> ALLOWED = Set.of(
            "p",
            "h3",
            "h4",
            "ul",
            "ol",
            "li",
            "strong",
            "em",
            "blockquote",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "code",
            "br");
    static final Set<String> BLOCKS = Set.of("p", "h3", "h4", "ul", "ol", "blockquote", "table");
    private static final Set<String> REFERENCES = Set.of("&amp;", "&lt;", "&gt;", "&quot;", "&#39;");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A breach: the rule broken and the arguments of its message. */
    record Breach(ImportRule rule, List<Object> arguments) {

        static Breach of(ImportRule rule, Object... arguments) {
            return new Breach(rule, List.of(arguments));
        }
    }

    private BodyHtml() {}

    static Optional<Breach> check(String html) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        int length = html.length();
        while (i < length) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<!--", i)) {
                    return Optional.of(Breach.of(ImportRule.HTML_COMMENT));
                }
                if (html.startsWith("<!", i) || html.startsWith("<?", i)) {
                    return Optional.of(Breach.of(ImportRule.HTML_DECLARATION));
                }
                boolean end = html.startsWith("</", i);
                int nameStart = i + (end ? 2 : 1);
                int nameEnd = nameStart;
                while (nameEnd < length && isNameChar(html.charAt(nameEnd), nameEnd == nameStart)) {
                    nameEnd++;
                }
                if (nameEnd == nameStart) {
                    return Optional.of(Breach.of(ImportRule.HTML_BARE_LT));
                }
                String name = html.substring(nameStart, nameEnd);
                if (!ALLOWED.contains(name)) {
                    return Optional.of(Breach.of(ImportRule.HTML_ELEMENT, name));
                }
                int close = html.indexOf('>', nameEnd);
                if (close < 0) {
                    return Optional.of(Breach.of(ImportRule.HTML_UNTERMINATED_TAG, name));
                }
                String rest = html.substring(nameEnd, close);
                boolean selfClosing = !end && rest.strip().equals("/");
                if (!rest.isBlank() && !selfClosing) {
                    return Optional.of(Breach.of(ImportRule.HTML_ATTRIBUTE, name, attributeName(rest)));
                }
                if (end) {
                    if ("br".equals(name)) {
                        return Optional.of(Breach.of(ImportRule.HTML_END_TAG_UNEXPECTED, name));
                    }
                    if (open.isEmpty()) {
                        return Optional.of(Breach.of(ImportRule.HTML_END_TAG_UNEXPECTED, name));
                    }
                    if (!open.peek().equals(name)) {
                        return Optional.of(Breach.of(ImportRule.HTML_END_TAG_MISMATCH, name, open.peek()));
                    }
                    open.pop();
                } else {
                    if (selfClosing && !"br".equals(name)) {
                        return Optional.of(Breach.of(ImportRule.HTML_SELF_CLOSING, name));
                    }
                    if (open.isEmpty() && !BLOCKS.contains(name)) {
                        return Optional.of(Breach.of(ImportRule.HTML_TOP_LEVEL_ELEMENT, name));
                    }
                    if (!"br".equals(name)) {
                        open.push(name);
                    }
                }
                i = close + 1;
            } else if (c == '&') {
                Matcher reference = REFERENCE.matcher(html).region(i, length);
                if (reference.lookingAt() && !REFERENCES.contains(reference.group())) {
                    return Optional.of(Breach.of(ImportRule.HTML_REFERENCE, reference.group()));
                }
                if (open.isEmpty()) {
                    return Optional.of(Breach.of(ImportRule.HTML_TOP_LEVEL_TEXT));
                }
                i++;
            } else {
                if (open.isEmpty() && !Character.isWhitespace(c)) {
                    return Optional.of(Breach.of(ImportRule.HTML_TOP_LEVEL_TEXT));
                }
                i++;
            }
        }
        if (!open.isEmpty()) {
            return Optional.of(Breach.of(ImportRule.HTML_UNCLOSED, open.peek()));
        }
        return Optional.empty();
    }

    /** The text outside tags, references decoded enough to count words. */
    static String text(String html) {
        return html.replaceAll("<[^>]*>", " ")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
    }

    /** Words as the editorial rule counts them: runs of letters and digits outside tags. */
    static int words(String html) {
        Matcher words = WORD.matcher(text(html));
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }

    /** How many times the start tag of the element occurs. */
    static int count(String html, String element) {
        Matcher tags = Pattern.compile("<" + element + "[\\s/>]").matcher(html);
        int count = 0;
        while (tags.find()) {
            count++;
        }
        return count;
    }

    private static boolean isNameChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && c >= '0' && c <= '9';
    }

    private static String attributeName(String rest) {
        String trimmed = rest.strip();
        int end = 0;
        while (end < trimmed.length()
                && !Character.isWhitespace(trimmed.charAt(end))
                && trimmed.charAt(end) != '='
                && trimmed.charAt(end) != '/') {
            end++;
        }
        String name = trimmed.substring(0, end);
        return name.isEmpty() ? trimmed.substring(0, Math.min(trimmed.length(), 20)) : name;
    }
}

package org.techbroker.app.admin.courses;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.techbroker.courses.content.LessonHtml;

/**
 * Between the rich-text editor (Quill 2, inside PrimeFaces' {@code p:textEditor}) and the HTML a
 * lesson stores ({@link LessonHtml}). Quill writes every list as {@code <ol>} and tells bullets
 * from numbers by a {@code data-list} attribute on each item, with a decorative {@code span}
 * inside; the sanitiser strips attributes, which would turn every bulleted list into a numbered
 * one. So lists are rewritten first ({@code <ul>} for bullets, {@code <ol>} for numbers, split
 * where the kind changes), and the result is sanitised exactly as the catalogue will sanitise it:
 * what the author sees after saving is what trainees read.
 *
 * <p>Quill cannot hold everything a lesson may contain (tables above all, and lists nested in
 * lists); {@link #fitsRichText} says when a body must be edited as HTML instead, so that opening a
 * lesson in the editor never loses part of it.
 */
public final class EditorHtml {

    private static final Set<String> LISTS = Set.of("ol", "ul");
    private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tr", "th", "td");
    private static final Set<String> BLOCKS = Set.of("p", "h3", "h4", "ul", "ol", "blockquote", "table");

    private EditorHtml() {}

    /** The editor's (or an author's) HTML as the lesson will store it; never null. */
    public static String toLessonHtml(String editorHtml) {
        if (editorHtml == null || editorHtml.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder(editorHtml.length());
        HtmlStreamRenderer renderer = HtmlStreamRenderer.create(out, ignored -> {});
        HtmlSanitizer.sanitize(editorHtml, new ListRewriter(renderer));
        return LessonHtml.sanitize(out.toString());
    }

    /** Whether the rich-text editor can show and save this lesson HTML without losing anything. */
    public static boolean fitsRichText(String lessonHtml) {
        if (lessonHtml == null || lessonHtml.isBlank()) {
            return true;
        }
        StructureCheck check = new StructureCheck();
        HtmlSanitizer.sanitize(lessonHtml, check);
        return check.fits;
    }

    /** Rewrites Quill's lists and drops its decorative spans; everything else passes unchanged. */
    private static final class ListRewriter implements HtmlSanitizer.Policy {

        private final HtmlStreamEventReceiver out;
        private final Deque<ListFrame> lists = new ArrayDeque<>();

        ListRewriter(HtmlStreamEventReceiver out) {
            this.out = out;
        }

        /** A list as written ({@code declared}) and as being emitted (null until its first item). */
        private static final class ListFrame {
            final String declared;
            String emitted;

            ListFrame(String declared) {
                this.declared = declared;
            }
        }

        @Override
        public void openDocument() {
            out.openDocument();
        }

        @Override
        public void closeDocument() {
            out.closeDocument();
        }

        @Override
        public void openTag(String element, List<String> attributes) {
            if (LISTS.contains(element)) {
                lists.push(new ListFrame(element));
            } else if ("li".equals(element) && !lists.isEmpty()) {
                ListFrame list = lists.peek();
                String kind = kindOf(attributes, list.declared);
                if (!kind.equals(list.emitted)) {
                    if (list.emitted != null) {
                        out.closeTag(list.emitted);
                    }
                    out.openTag(kind, List.of());
                    list.emitted = kind;
                }
                out.openTag("li", List.of());
            } else if (!"span".equals(element)) {
                out.openTag(element, attributes);
            }
        }

        @Override
        public void closeTag(String element) {
            if (LISTS.contains(element)) {
                if (!lists.isEmpty()) {
                    ListFrame list = lists.pop();
                    if (list.emitted != null) {
                        out.closeTag(list.emitted);
                    }
                }
            } else if (!"span".equals(element)) {
                out.closeTag(element);
            }
        }

        @Override
        public void text(String text) {
            out.text(text);
        }

        private static String kindOf(List<String> attributes, String declared) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if ("data-list".equals(attributes.get(i))) {
                    return "ordered".equals(attributes.get(i + 1)) ? "ol" : "ul";
                }
            }
            return declared;
        }
    }

    /** Looks for what Quill would flatten or drop: tables, and blocks (lists above all) inside items or quotes. */
    private static final class StructureCheck implements HtmlSanitizer.Policy {

        private final Deque<String> open = new ArrayDeque<>();
        boolean fits = true;

        @Override
        public void openDocument() {
            // nothing to track
        }

        @Override
        public void closeDocument() {
            // nothing to track
        }

        @Override
        public void openTag(String element, List<String> attributes) {
            if (TABLE_PARTS.contains(element)
                    || (BLOCKS.contains(element) && (open.contains("li") || open.contains("blockquote")))) {
                fits = false;
            }
            if (!"br".equals(element)) {
                open.push(element);
            }
        }

        @Override
        public void closeTag(String element) {
            if (open.contains(element)) {
                while (!open.pop().equals(element)) {
                    // unwinds elements left open inside this one
                }
            }
        }

        @Override
        public void text(String text) {
            // text never changes the structure
        }
    }
}

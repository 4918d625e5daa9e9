package org.techbroker.courses.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML a lesson body may contain (the import format's subset, {@link BodyHtml#ALLOWED}),
 * enforced by the OWASP Java HTML Sanitizer: paragraphs,
 * headings h3 and h4, lists, emphasis, quotations, tables, code and line breaks, without any
 * attribute. Everything else is removed: scripts and styles with their content, event handlers,
 * links (and so {@code javascript:} URLs), images and frames. Bodies pass through here when they
 * are saved and again when they are shown.
 */
public final class LessonHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(BodyHtml.ALLOWED.toArray(String[]::new))
            .toFactory();

    private LessonHtml() {}

    /** The body with everything outside the allowed subset removed; never null. */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}

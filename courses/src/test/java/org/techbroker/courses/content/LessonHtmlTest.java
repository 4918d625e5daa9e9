package org.techbroker.courses.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonHtmlTest {

    @Test
    void keepsTheTeachingSubset() {
        String body = "<h3>要点</h3><p>A <strong>patent</strong> and <em>know-how</em>.</p>"
                + "<ul><li>one</li></ul><table><thead><tr><th>a</th></tr></thead>"
                + "<tbody><tr><td>1</td></tr></tbody></table><blockquote><p>q</p></blockquote>";

        assertThat(LessonHtml.sanitize(body)).isEqualTo(body);
    }

    @Test
    void removesScriptsWithTheirContent() {
        assertThat(LessonHtml.sanitize("<p>safe</p><script>alert('x')</script>"))
                .isEqualTo("<p>safe</p>")
                .doesNotContain("alert");
    }

    @Test
    void removesEventHandlersAndStyles() {
        assertThat(LessonHtml.sanitize("<p onclick=\"steal()\" style=\"color:red\" class=\"x\">text</p>"))
                .isEqualTo("<p>text</p>");
        assertThat(LessonHtml.sanitize("<img src=x onerror=alert(1)>")).isEmpty();
    }

    @Test
    void removesLinksSoNoJavascriptUrlSurvives() {
        String cleaned = LessonHtml.sanitize("<p><a href=\"javascript:alert(1)\">click</a></p>");

        assertThat(cleaned).isEqualTo("<p>click</p>").doesNotContainIgnoringCase("javascript");
    }

    @Test
    void removesFramesStylesheetsAndForms() {
        assertThat(LessonHtml.sanitize("<iframe src=\"https://evil.example\"></iframe><style>p{}</style>"
                        + "<form action=\"/x\"><input name=a></form><p>ok</p>"))
                .isEqualTo("<p>ok</p>");
    }

    @Test
    void escapesTextThatLooksLikeMarkup() {
        assertThat(LessonHtml.sanitize("<p>1 &lt; 2 &amp; 3 &gt; 2</p>")).isEqualTo("<p>1 &lt; 2 &amp; 3 &gt; 2</p>");
        assertThat(LessonHtml.sanitize(null)).isEmpty();
    }
}

package org.techbroker.app.admin.courses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.techbroker.courses.content.LessonHtml;

class EditorHtmlTest {

    private static final String UI = "<span class=\"ql-ui\" contenteditable=\"false\"></span>";

    @Test
    void quillBulletsBecomeABulletedListAndNumbersANumberedOne() {
        String quill = "<ol><li data-list=\"bullet\">" + UI + "Patents</li><li data-list=\"bullet\">" + UI
                + "Trade secrets</li></ol><ol><li data-list=\"ordered\">" + UI + "File</li></ol>";

        assertThat(EditorHtml.toLessonHtml(quill))
                .isEqualTo("<ul><li>Patents</li><li>Trade secrets</li></ul><ol><li>File</li></ol>");
    }

    @Test
    void aQuillListThatChangesKindIsSplitWhereItChanges() {
        String quill = "<ol><li data-list=\"ordered\">" + UI + "one</li><li data-list=\"bullet\">" + UI
                + "dot</li><li data-list=\"ordered\">" + UI + "two</li></ol>";

        assertThat(EditorHtml.toLessonHtml(quill))
                .isEqualTo("<ol><li>one</li></ol><ul><li>dot</li></ul><ol><li>two</li></ol>");
    }

    @Test
    void storedListsStayAsTheyAre() {
        String stored = "<h3>Rights</h3><ul><li>a</li></ul><ol><li>b</li></ol><p>Text <strong>bold</strong></p>";

        assertThat(EditorHtml.toLessonHtml(stored)).isEqualTo(stored);
    }

    @Test
    void attributesScriptsAndLinksGoAsTheCatalogueWouldRemoveThem() {
        String quill = "<p class=\"ql-align-center\" onclick=\"steal()\">Hi <a href=\"javascript:alert(1)\">there</a>"
                + "<script>alert(1)</script><img src=x onerror=alert(1)></p><h1>Big</h1>";

        String html = EditorHtml.toLessonHtml(quill);

        assertThat(html).isEqualTo("<p>Hi there</p>Big");
        assertThat(html).isEqualTo(LessonHtml.sanitize(html)).as("sanitising again changes nothing");
    }

    @Test
    void anEmptyEditorIsAnEmptyBody() {
        assertThat(EditorHtml.toLessonHtml(null)).isEmpty();
        assertThat(EditorHtml.toLessonHtml("  ")).isEmpty();
        assertThat(EditorHtml.toLessonHtml("<p><br></p>")).isEqualTo("<p><br /></p>");
    }

    @Test
    void chineseTextAndEntitiesSurvive() {
        assertThat(EditorHtml.toLessonHtml("<p>技术合同 &lt;第843条&gt; &amp; 许可</p>"))
                .isEqualTo("<p>技术合同 &lt;第843条&gt; &amp; 许可</p>");
    }

    @Test
    void tablesNestedListsAndBlocksInItemsDoNotFitTheRichTextEditor() {
        assertThat(EditorHtml.fitsRichText("<p>a</p><ul><li>b <strong>c</strong></li></ul><h4>d</h4>"))
                .isTrue();
        assertThat(EditorHtml.fitsRichText("<blockquote>Art. 843</blockquote><p>x<br />y</p>"))
                .isTrue();
        assertThat(EditorHtml.fitsRichText("")).isTrue();
        assertThat(EditorHtml.fitsRichText("<table><tbody><tr><td>1</td></tr></tbody></table>"))
                .isFalse();
        assertThat(EditorHtml.fitsRichText("<ul><li>a<ul><li>b</li></ul></li></ul>"))
                .isFalse();
        assertThat(EditorHtml.fitsRichText("<ol><li><p>a</p></li></ol>")).isFalse();
        assertThat(EditorHtml.fitsRichText("<blockquote><p>a</p></blockquote>")).isFalse();
    }
}

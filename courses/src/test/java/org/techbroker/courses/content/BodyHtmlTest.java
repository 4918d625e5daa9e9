package org.techbroker.courses.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The lesson-body HTML subset of section 5.1: what passes, and the first breach of what does not. */
class BodyHtmlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>Plain.</p>",
                "<h3>Title</h3><p>One<br>two<br/>three<br />four.</p>",
                "<ul><li><strong>a</strong> and <em>b</em></li></ul><ol><li><code>c</code></li></ol>",
                "<table><thead><tr><th>x</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>",
                "<blockquote><p>Quoted.</p></blockquote>\n<h4>Small</h4>",
                "<p>R&amp;D, &lt;b&gt;, &quot;q&quot;, it&#39;s, R & D</p>",
                "<p>深圳市技术转移。</p>"
            })
    void theSubsetPasses(String html) {
        assertThat(BodyHtml.check(html)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<p>x</p><script>alert(1)</script>|html_element|script",
                "<p><a>link</a></p>|html_element|a",
                "<p><span>s</span></p>|html_element|span",
                "<h2>Heading</h2>|html_element|h2",
                "<P>Upper case</P>|html_element|P",
                "<p onclick=\"x()\">x</p>|html_attribute|p,onclick",
                "<p class=lead>x</p>|html_attribute|p,class",
                "<p>x</p><!-- note -->|html_comment|",
                "<!DOCTYPE html><p>x</p>|html_declaration|",
                "<p><![CDATA[x]]></p>|html_declaration|",
                "<?xml version=\"1.0\"?><p>x</p>|html_declaration|",
                "<p>x|html_unclosed|p",
                "<p><strong>x</p></strong>|html_end_tag_mismatch|p,strong",
                "<p>x</p></p>|html_end_tag_unexpected|p",
                "<p>x</br></p>|html_end_tag_unexpected|br",
                "<p/>|html_self_closing|p",
                "Text at the top|html_top_level_text|",
                "<p>x</p>tail|html_top_level_text|",
                "<strong>x</strong>|html_top_level_element|strong",
                "<li>x</li>|html_top_level_element|li",
                "<p>&nbsp;</p>|html_reference|&nbsp;",
                "<p>&#169;</p>|html_reference|&#169;",
                "<p>&copy</p>|html_reference|&copy",
                "<p>1 < 2</p>|html_bare_lt|",
                "<p>x</p><p|html_unterminated_tag|p"
            })
    void theFirstBreachIsNamed(String html, String key, String arguments) {
        List<Object> expected = arguments == null ? List.of() : List.of((Object[]) arguments.split(","));

        assertThat(BodyHtml.check(html)).hasValueSatisfying(breach -> {
            assertThat(breach.rule().messageKey()).isEqualTo("courses.import.error." + key);
            assertThat(breach.arguments()).isEqualTo(expected);
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"<p>One two, three-four.</p><ul><li>5 six</li></ul>|6", "<p>R&amp;D</p>|2", "<p>许可</p>|1"})
    void wordsAreRunsOfLettersAndDigitsOutsideTags(String html, int words) {
        assertThat(BodyHtml.words(html)).isEqualTo(words);
    }
}

package dev.agentcore4j.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keeps_the_title_and_visible_text_and_drops_scripts_styles_and_comments() {
        HtmlText.Extract extract = HtmlText.extract("""
                <!DOCTYPE html><html><head><title> AgentCore &amp; Java </title>
                <style>body { color: red }</style><script>var x = "<p>not text</p>";</script></head>
                <body><!-- hidden --><h1>Hello</h1><p>First   paragraph
                spans lines.</p><p>Second &lt;para&gt; &#26481;&#x4eac;</p><noscript>enable js</noscript></body></html>""");

        assertThat(extract.title()).isEqualTo("AgentCore & Java");
        assertThat(extract.text()).isEqualTo("Hello\n\nFirst paragraph spans lines.\n\nSecond <para> 東京");
    }

    @Test
    void tolerates_broken_markup_and_stray_angle_brackets() {
        assertThat(HtmlText.extract("a < b and c > d <b>bold</b> <script>never closed").text())
                .isEqualTo("a < b and c > d bold");
        assertThat(HtmlText.extract("<a href='x>y'>link</a>").text()).isEqualTo("link");
        assertThat(HtmlText.extract("<p>unterminated &unknown; &#xZZ;</p>").text()).isEqualTo("unterminated &unknown; &#xZZ;");
    }

    @Test
    void puts_list_items_and_table_rows_on_their_own_lines() {
        assertThat(HtmlText.extract("<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table>").text())
                .isEqualTo("one\n\ntwo\n\na b");
    }
}

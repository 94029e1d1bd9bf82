package dev.agentcore4j.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class HtmlReportTest {

    private static ComparisonResult result() {
        List<Scenario> scenarios = List.of(
                new Scenario("weather<&>", Category.TOOL_USE, "en", List.of("weather?"), List.of(new Check.NoToolCalls())),
                new Scenario("memory", Category.MEMORY, "ja", List.of("a", "b"), List.of(new Check.NoToolCalls())));
        List<RunRecord> runs = new ArrayList<>();
        for (String engine : List.of("strands", "langchain4j")) {
            for (int run = 1; run <= 3; run++) {
                runs.add(new RunRecord(engine, "in-process", "weather<&>", Category.TOOL_USE, "en", run, run != 2,
                        0.5 * run, 700, 50, List.of(new ToolCall("get_current_weather", Map.of("city", "\"Tokyo\""))),
                        run == 2 ? List.of("answer lacks [<b>]") : List.of()));
                runs.add(new RunRecord(engine, "in-process", "memory", Category.MEMORY, "ja", run, true, 1.5 * run,
                        900, 80, List.of(), List.of()));
            }
        }
        return new ComparisonResult("offline", List.of("strands", "langchain4j"), scenarios, 3, runs);
    }

    @Test
    void report_is_well_formed_with_one_svg_per_chart() throws Exception {
        String html = HtmlReport.render(result());

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("rect").getLength()).isGreaterThan(10);
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(12);
        assertThat(html).contains("Success rate per category", "Latency per scenario run", "Tokens per run");
    }

    @Test
    void report_loads_nothing_from_anywhere() {
        String html = HtmlReport.render(result());

        assertThat(html).doesNotContain("http:", "https:", "//", "<script", "src=", "href=", "url(", "@import");
    }

    @Test
    void report_escapes_scenario_ids_arguments_and_failures() {
        String html = HtmlReport.render(result());

        assertThat(html).contains("weather&lt;&amp;&gt;", "&quot;Tokyo&quot;", "answer lacks [&lt;b&gt;]")
                .doesNotContain("<b>]");
    }

    @Test
    void success_bars_are_as_tall_as_the_success_rate() {
        String html = HtmlReport.render(result());

        assertThat(html).contains("strands tool_use: 66.7%", "strands memory: 100%", "langchain4j memory: 100%");
    }
}

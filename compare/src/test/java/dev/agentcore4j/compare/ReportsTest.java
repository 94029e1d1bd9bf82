package dev.agentcore4j.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {

    @Test
    void percentiles_are_measured_values_by_nearest_rank() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 6.0, 7.0, 8.0, 9.0, 10.0);

        assertThat(Percentiles.of(values, 50)).isEqualTo(5.0);
        assertThat(Percentiles.of(values, 95)).isEqualTo(10.0);
        assertThat(Percentiles.of(List.of(3.0), 95)).isEqualTo(3.0);
        assertThat(Percentiles.of(List.of(), 50)).isZero();
    }

    @Test
    void table_lists_failures_with_their_reasons() {
        var scenario = new Scenario("tool-weather-en", Category.TOOL_USE, "en", List.of("q"), List.of(new Check.NoToolCalls()));
        var result = new ComparisonResult("offline", List.of("strands"), List.of(scenario), 1, List.of(
                new RunRecord("strands", "in-process", "tool-weather-en", Category.TOOL_USE, "en", 1, false, 1.25, 10, 5,
                        List.of(), List.of("answer lacks [18.5°C]"))));

        String table = TableReport.render(result);

        assertThat(table).contains("tool-weather-en", "0/1", "1.25", "FAILED strands tool-weather-en run 1: answer lacks [18.5°C]")
                .contains("strands              all");
    }

    @Test
    void reports_show_what_memory_recalled_only_when_it_recalled_something() {
        var scenario = new Scenario("memory-name-en", Category.MEMORY, "en", List.of("q"), List.of(new Check.NoToolCalls()));
        var recalled = new RunRecord("strands@container", "http://127.0.0.1:8080", "memory-name-en", Category.MEMORY, "en", 1,
                true, 2.5, 10, 5, List.of(), List.of(), List.of(new Recalled("The user's name is Alice.", 0.8123, "/users/alice/facts")));
        var plain = new RunRecord("strands@container", "http://127.0.0.1:8080", "memory-name-en", Category.MEMORY, "en", 2,
                true, 2.5, 10, 5, List.of(), List.of());
        var withMemory = new ComparisonResult("offline", List.of("strands@container"), List.of(scenario), 2, List.of(recalled, plain));
        var without = new ComparisonResult("offline", List.of("strands@container"), List.of(scenario), 1, List.of(plain));

        assertThat(TableReport.render(withMemory)).contains("Recalled from memory:")
                .contains("memory-name-en           run 1  0.81  The user's name is Alice.");
        assertThat(JsonReport.render(withMemory)).contains("\"recalled\" : [ {").contains("\"score\" : 0.812")
                .contains("\"namespace\" : \"/users/alice/facts\"");
        assertThat(HtmlReport.render(withMemory)).contains("<h2>Recalled from memory</h2>").contains("The user&#39;s name is Alice.");
        assertThat(TableReport.render(without)).doesNotContain("Recalled");
        assertThat(JsonReport.render(without)).doesNotContain("recalled");
        assertThat(HtmlReport.render(without)).doesNotContain("Recalled from memory");
    }

    @Test
    void progress_bar_redraws_one_line_and_clears_it_at_the_end() {
        var bytes = new ByteArrayOutputStream();
        var bar = Progress.bar(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        bar.update(1, 4, "strands basic-greeting-en");
        bar.update(4, 4, "strands x");
        bar.finish();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("\r[#######-----------------------]  25% 1/4 strands basic-greeting-en")
                .contains("\r[##############################] 100% 4/4 strands x").doesNotContain("\n").endsWith("\r");
    }
}

package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCommandIT {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        // no provider variables from the machine running the tests: a model must never reach the network here
        ((CompareCommand) cli.getSubcommands().get("compare").getCommand()).environment = Map.of();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void compare_prints_the_table_and_writes_json_and_html_reports() throws Exception {
        Path json = dir.resolve("reports/compare.json");
        Path html = dir.resolve("reports/compare.html");

        int exit = run("compare", "--engines", "strands", "--repeat", "1", "--json", json.toString(), "--html", html.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("tool-weather-ja", "memory-name-ja", "strands", "error_handling", "100%");
        assertThat(err.toString()).doesNotContain("\r").contains("wrote " + json);
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("runs").size()).isEqualTo(30);
        assertThat(report.path("summary").path("strands").path("all").path("success_rate").asDouble()).isEqualTo(1.0);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg");
    }

    @Test
    void bad_flags_name_the_fix() {
        assertThat(run("compare", "--repeat", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--repeat must be between 1 and 1000, got 0");

        assertThat(run("compare", "--model", "gpt")).isEqualTo(1);
        assertThat(err.toString()).contains("--model gpt: unknown model 'gpt': use one of offline, bedrock, openai, anthropic");

        assertThat(run("compare", "--model", "anthropic")).isEqualTo(1);
        assertThat(err.toString()).contains("--model anthropic: Anthropic needs an API key: set ANTHROPIC_API_KEY")
                .doesNotContain("\tat ");

        assertThat(run("compare", "--engines", "crewai")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown engine 'crewai'; use one or more of strands,langchain4j");

        assertThat(run("compare", "--endpoint", "http://127.0.0.1:8080/invocations")).isEqualTo(1);
        assertThat(err.toString()).contains("without a path, e.g. http://127.0.0.1:8080");
    }
}

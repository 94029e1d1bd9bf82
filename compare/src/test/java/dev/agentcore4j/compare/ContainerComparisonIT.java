package dev.agentcore4j.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.container.AgentContainer;
import dev.agentcore4j.container.ContainerConfig;
import dev.agentcore4j.runtime.RuntimeConfig;
import dev.agentcore4j.runtime.RuntimeServer;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerComparisonIT {

    @TempDir
    Path data;

    private RuntimeServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        ToolsConfig tools = ToolsConfig.defaults().dataDir(data).semanticSearch(false);
        server = AgentContainer.start(RuntimeConfig.defaults().withHost("127.0.0.1").withPort(0),
                ContainerConfig.defaults().withTools(() -> SeedTools.create(tools)));
    }

    @AfterEach
    void stop() {
        server.close();
        client.close();
    }

    @Test
    void every_scenario_succeeds_through_a_running_container() {
        Target container = Target.endpoint(URI.create("http://127.0.0.1:" + server.port()), "strands", client);

        ComparisonResult result = Comparison.run("offline", List.of(container), Scenarios.bundled(), 1, Progress.none());

        assertThat(result.engines()).containsExactly("strands@container");
        assertThat(result.runs()).allSatisfy(run -> assertThat(run.success())
                .as(run.scenario() + ": " + run.failures()).isTrue());
        RunRecord multi = result.runs().stream().filter(r -> r.scenario().equals("multi-weather-time-en")).findFirst().orElseThrow();
        assertThat(multi.toolCalls()).extracting(ToolCall::name).containsExactly("get_current_weather", "get_current_time");
        assertThat(multi.tokensIn()).isPositive();
        assertThat(multi.where()).isEqualTo("http://127.0.0.1:" + server.port());
    }

    @Test
    void memory_scenarios_keep_one_session_per_run_through_the_container() {
        Target container = Target.endpoint(URI.create("http://127.0.0.1:" + server.port() + "/"), "strands", client);
        List<Scenario> memory = Scenarios.bundled().stream().filter(s -> s.category() == Category.MEMORY).toList();

        ComparisonResult result = Comparison.run("offline", List.of(container), memory, 2, Progress.none());

        assertThat(result.runs()).hasSize(2 * memory.size()).allMatch(RunRecord::success);
    }

    @Test
    void an_endpoint_where_nothing_listens_is_refused_before_any_run() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Target nowhere = Target.endpoint(URI.create("http://127.0.0.1:" + closed), "strands", client);

        assertThatThrownBy(() -> Comparison.run("offline", List.of(nowhere), Scenarios.bundled(), 1, Progress.none()))
                .isInstanceOf(CompareException.class)
                .hasMessage("nothing answers at http://127.0.0.1:" + closed + "; start the container with ./ac4j agent or fix --endpoint");
    }

    @Test
    void endpoint_urls_with_a_path_or_another_scheme_are_refused() {
        assertThatThrownBy(() -> Target.endpoint(URI.create("http://127.0.0.1:8080/invocations"), "strands", client))
                .hasMessageContaining("without a path, e.g. http://127.0.0.1:8080");
        assertThatThrownBy(() -> Target.endpoint(URI.create("ftp://127.0.0.1"), "strands", client))
                .hasMessageContaining("must be an http(s) URL");
    }
}

package dev.agentcore4j.backend;

import static dev.agentcore4j.backend.SessionsIT.assertBad;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.backend.BackendFixture.Response;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One prompt through both engines side by side, and benchmark runs of the compare suite with progress. */
class CompareAndBenchmarksIT {

    BackendFixture backend;

    @BeforeEach
    void start() {
        backend = new BackendFixture(b -> b);
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void compare_runs_both_engines_with_the_offline_model_and_the_weather_tool() {
        Response response = backend.post("/api/compare", "{\"prompt\": \"What is the weather in Tokyo?\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("model").asText()).isEqualTo("offline");
        assertThat(body.path("results")).extracting(r -> r.path("engine").asText()).containsExactly("strands", "langchain4j");
        for (JsonNode result : body.path("results")) {
            assertThat(result.path("success").asBoolean()).isTrue();
            assertThat(result.path("answer").asText()).contains("Tokyo");
            assertThat(result.path("latencyMs").asDouble()).isPositive();
            assertThat(result.path("inputTokens").asInt()).isPositive();
            assertThat(result.path("outputTokens").asInt()).isPositive();
            JsonNode call = result.path("toolCalls").get(0);
            assertThat(call.path("tool").asText()).isEqualTo("get_current_weather");
            assertThat(call.path("arguments").path("city").asText()).isEqualTo("Tokyo");
            assertThat(call.path("status").asText()).isEqualTo("success");
            assertThat(call.path("durationMs").asLong()).isNotNegative();
            assertThat(call.path("result").toString()).contains("Tokyo");
        }
        JsonNode strands = body.path("results").get(0);
        JsonNode lc4j = body.path("results").get(1);
        assertThat(lc4j.path("inputTokens")).as("same model, same tokens").isEqualTo(strands.path("inputTokens"));
        assertThat(lc4j.path("toolCalls").get(0).path("arguments")).isEqualTo(strands.path("toolCalls").get(0).path("arguments"));

        JsonNode one = backend.post("/api/compare", "{\"prompt\": \"15 * 23 + 7 は？\", \"engines\": [\"langchain4j\"]}").json();
        assertThat(one.path("results")).hasSize(1);
        assertThat(one.path("results").get(0).path("toolCalls").get(0).path("tool").asText()).isEqualTo("calculate");
        assertThat(one.path("results").get(0).path("answer").asText()).contains("352");
    }

    @Test
    void compare_input_is_validated() {
        assertBad(backend.post("/api/compare", "{}"), "\"prompt\" is required");
        assertBad(backend.post("/api/compare", "{\"prompt\": \"hi\", \"engines\": []}"), "\"engines\" must be a list of 1 to 2");
        assertBad(backend.post("/api/compare", "{\"prompt\": \"hi\", \"engines\": [\"gpt\"]}"), "may hold only strands, langchain4j");
        assertBad(backend.post("/api/compare", "{\"prompt\": \"hi\", \"engines\": [\"strands\", \"strands\"]}"), "twice");
        assertBad(backend.post("/api/compare", "{\"prompt\": \"hi\", \"model\": \"x\"}"), "unknown field \"model\"");
        assertThat(backend.get("/api/compare").status()).isEqualTo(405);
    }

    @Test
    void a_benchmark_run_reports_progress_to_done_and_is_kept_with_earlier_runs() {
        Response started = backend.post("/api/benchmarks", "{\"categories\": [\"basic\", \"tool_use\"], \"repeat\": 1}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String runId = started.json().path("runId").asText();
        assertThat(started.json().path("status").asText()).isEqualTo("running");
        int total = started.json().path("progress").path("total").asInt();
        assertThat(total).as("2 engines x 14 scenarios of basic and tool_use").isEqualTo(28);

        JsonNode done = awaitDone(runId);
        assertThat(done.path("status").asText()).isEqualTo("done");
        assertThat(done.path("progress").path("done").asInt()).isEqualTo(total);
        assertThat(done.path("finishedAt").asText()).endsWith("Z");
        assertThat(done.path("results")).extracting(r -> r.path("engine").asText() + "/" + r.path("category").asText())
                .containsExactly("strands/basic", "strands/tool_use", "langchain4j/basic", "langchain4j/tool_use");
        for (JsonNode row : done.path("results")) {
            assertThat(row.path("successRate").asDouble()).isEqualTo(1.0);
            assertThat(row.path("latenciesMs")).hasSize(row.path("count").asInt());
            assertThat(row.path("inputTokens").asDouble()).isPositive();
        }
        assertThat(done.path("summary")).extracting(s -> s.path("count").asInt()).containsExactly(14, 14);
        assertThat(done.path("failures")).isEmpty();

        String second = backend.post("/api/benchmarks", "{\"engines\": [\"strands\"], \"categories\": [\"memory\"]}")
                .json().path("runId").asText();
        awaitDone(second);
        backend.restart();
        JsonNode runs = backend.get("/api/benchmarks").json().path("runs");
        assertThat(runs).extracting(r -> r.path("runId").asText()).containsExactly(second, runId);
        assertThat(runs.get(1).has("results")).as("the list leaves the rows out").isFalse();
        assertThat(runs.get(1).path("summary")).hasSize(2);
        assertThat(backend.get("/api/benchmarks/" + runId).json().path("results")).hasSize(4);
    }

    @Test
    void a_benchmark_running_when_the_backend_stops_is_kept_as_failed_and_only_one_runs_at_a_time() {
        Response big = backend.post("/api/benchmarks", "{\"repeat\": 20}");
        String runId = big.json().path("runId").asText();
        assertThat(big.json().path("progress").path("total").asInt()).isEqualTo(1200);
        Response second = backend.post("/api/benchmarks", "{}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorMessage()).contains(runId).contains("still running");

        backend.restart();

        JsonNode stopped = backend.get("/api/benchmarks/" + runId).json();
        assertThat(stopped.path("status").asText()).isEqualTo("failed");
        assertThat(stopped.path("error").asText()).contains("the backend stopped");
        assertThat(stopped.path("progress").path("done").asInt()).isLessThan(1200);
    }

    @Test
    void benchmark_input_is_validated() {
        assertBad(backend.post("/api/benchmarks", "{\"repeat\": 0}"), "\"repeat\" must be between 1 and 20, got 0");
        assertBad(backend.post("/api/benchmarks", "{\"repeat\": 1.5}"), "\"repeat\" must be an integer");
        assertBad(backend.post("/api/benchmarks", "{\"categories\": [\"speed\"]}"),
                "may hold only basic, memory, tool_use, multi_tool, error_handling");
        assertBad(backend.post("/api/benchmarks", "{\"engines\": \"strands\"}"), "\"engines\" must be a list");
        assertBad(backend.post("/api/benchmarks", "{\"scenarios\": []}"), "unknown field \"scenarios\"");
        Response missing = backend.get("/api/benchmarks/bench-nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorMessage()).contains("GET /api/benchmarks");
        assertThat(backend.delete("/api/benchmarks").status()).isEqualTo(405);
        assertThat(backend.get("/api/benchmarks").json().path("runs")).isEmpty();
    }

    private JsonNode awaitDone(String runId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int lastDone = -1;
        while (System.nanoTime() < deadline) {
            JsonNode run = backend.get("/api/benchmarks/" + runId).json();
            int done = run.path("progress").path("done").asInt();
            assertThat(done).as("progress never goes back").isGreaterThanOrEqualTo(lastDone);
            lastDone = done;
            if (!run.path("status").asText().equals("running")) {
                return run;
            }
            TwinFixture.sleep(20);
        }
        throw new AssertionError("benchmark " + runId + " did not finish in 120 s");
    }
}

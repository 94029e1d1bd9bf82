package dev.agentcore4j.container;

import static dev.agentcore4j.container.ContainerFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine chosen by the container's config and overridden per request. */
class EngineSwitchIT {

    @TempDir
    Path data;

    @Test
    void a_container_configured_for_langchain4j_answers_through_it() {
        try (ContainerFixture container = new ContainerFixture(data, c -> c.withEngine(Engine.LANGCHAIN4J))) {
            JsonNode answer = ok(container.invoke("lc4j-session-00000000000000000000000001", "{\"prompt\": \"What is 15 * 23 + 7?\"}"));
            assertThat(answer.get("engine").asText()).isEqualTo("langchain4j");
            assertThat(answer.at("/tool_calls/0/input/expression").asText()).isEqualTo("15 * 23 + 7");
            assertThat(answer.get("response").asText()).contains("352");
            assertThat(ok(container.send("GET", "/agents/info", null)).get("engine").asText()).isEqualTo("langchain4j");
        }
    }

    @Test
    void a_request_may_pick_the_engine_of_its_session_and_both_engines_agree() {
        try (ContainerFixture container = new ContainerFixture(data, c -> c)) {
            JsonNode strands = ok(container.invoke("s-strands-000000000000000000000000000001",
                    "{\"prompt\": \"What's the weather in Tokyo and what time is it there?\"}"));
            JsonNode lc4j = ok(container.invoke("s-lc4j-000000000000000000000000000000001",
                    "{\"prompt\": \"What's the weather in Tokyo and what time is it there?\", \"engine\": \"langchain4j\"}"));
            assertThat(strands.get("engine").asText()).isEqualTo("strands");
            assertThat(lc4j.get("engine").asText()).isEqualTo("langchain4j");
            assertThat(lc4j.get("tool_calls")).isEqualTo(strands.get("tool_calls"));
            assertThat(lc4j.get("response").asText()).contains("18.5°C", "Asia/Tokyo");
            // the session keeps its engine: later turns without "engine" stay on langchain4j
            JsonNode next = ok(container.invoke("s-lc4j-000000000000000000000000000000001", "{\"prompt\": \"Hello\"}"));
            assertThat(next.get("engine").asText()).isEqualTo("langchain4j");
        }
    }

    @Test
    void the_seed_input_shape_carries_the_engine_too_and_streams_name_it() {
        try (ContainerFixture container = new ContainerFixture(data, c -> c)) {
            HttpResponse<String> stream = container.invoke(null,
                    "{\"input\": {\"prompt\": \"Hello\", \"engine\": \"LANGCHAIN4J\"}, \"stream\": true}");
            String[] frames = stream.body().split("\n\n");
            assertThat(frames[frames.length - 1]).contains("\"type\":\"finished\"", "\"engine\":\"langchain4j\"");
        }
    }

    @Test
    void bad_engine_names_are_400_naming_the_engines() {
        try (ContainerFixture container = new ContainerFixture(data, c -> c)) {
            HttpResponse<String> unknown = container.invoke(null, "{\"prompt\": \"hi\", \"engine\": \"crewai\"}");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("unknown engine 'crewai'", "strands, langchain4j");
            HttpResponse<String> notText = container.invoke(null, "{\"prompt\": \"hi\", \"engine\": 4}");
            assertThat(notText.statusCode()).isEqualTo(400);
            assertThat(notText.body()).contains("must be a string");
        }
    }

    @Test
    void a_session_cannot_change_engine_midway() {
        try (ContainerFixture container = new ContainerFixture(data, c -> c)) {
            ok(container.invoke("s-fixed-00000000000000000000000000000001", "{\"prompt\": \"Hello\"}"));
            HttpResponse<String> switched = container.invoke("s-fixed-00000000000000000000000000000001",
                    "{\"prompt\": \"Hello\", \"engine\": \"langchain4j\"}");
            assertThat(switched.statusCode()).isEqualTo(409);
            assertThat(switched.body()).contains("runs on engine strands");
        }
    }
}

package dev.agentcore4j.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.contract.PingStatus;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PingContractIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode ping(TestServer t) throws Exception {
        HttpResponse<String> r = t.ping();
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        return JSON.readTree(r.body());
    }

    @Test
    void ping_reports_healthy_with_an_integer_epoch_seconds_timestamp() throws Exception {
        try (TestServer t = TestServer.serving(inv -> Reply.json(Map.of()))) {
            JsonNode body = ping(t);
            assertThat(body.get("status").asText()).isEqualTo("Healthy");
            assertThat(body.get("time_of_last_update").isIntegralNumber()).isTrue();
            long now = System.currentTimeMillis() / 1000;
            assertThat(body.get("time_of_last_update").asLong()).isBetween(now - 60, now + 1);
            assertThat(body.size()).isEqualTo(2);
        }
    }

    @Test
    void ping_goes_healthy_busy_while_a_stream_is_open_and_back_with_timestamps_moving_only_on_transitions()
            throws Exception {
        CountDownLatch streaming = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (TestServer t = TestServer.serving(inv -> Reply.stream(sink -> {
            sink.send("started");
            streaming.countDown();
            release.await(30, TimeUnit.SECONDS);
        })); var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            long t0 = ping(t).get("time_of_last_update").asLong();
            assertThat(ping(t).get("time_of_last_update").asLong()).isEqualTo(t0);

            waitForNextSecond();
            Future<HttpResponse<String>> call = pool.submit(() -> t.invoke("{}"));
            assertThat(streaming.await(10, TimeUnit.SECONDS)).isTrue();
            JsonNode busy = ping(t);
            assertThat(busy.get("status").asText()).isEqualTo("HealthyBusy");
            long t1 = busy.get("time_of_last_update").asLong();
            assertThat(t1).isGreaterThan(t0);
            waitForNextSecond();
            assertThat(ping(t).get("time_of_last_update").asLong()).as("still busy: unchanged").isEqualTo(t1);

            release.countDown();
            call.get(10, TimeUnit.SECONDS);
            JsonNode idle = ping(t);
            assertThat(idle.get("status").asText()).isEqualTo("Healthy");
            assertThat(idle.get("time_of_last_update").asLong()).isGreaterThan(t1);
        }
    }

    @Test
    void the_async_task_api_drives_the_status() throws Exception {
        try (TestServer t = TestServer.serving(inv -> Reply.json(Map.of()))) {
            Health health = t.server.health();
            long id = health.addAsyncTask("background-index");
            assertThat(ping(t).get("status").asText()).isEqualTo("HealthyBusy");
            assertThat(health.asyncTasks().runningJobs()).extracting(Health.RunningJob::name)
                    .containsExactly("background-index");
            assertThat(health.completeAsyncTask(id)).isTrue();
            assertThat(ping(t).get("status").asText()).isEqualTo("Healthy");
            health.forceStatus(PingStatus.HEALTHY_BUSY);
            assertThat(ping(t).get("status").asText()).isEqualTo("HealthyBusy");
            health.clearForcedStatus();
            assertThat(ping(t).get("status").asText()).isEqualTo("Healthy");
        }
    }

    @Test
    void a_custom_ping_function_chooses_the_status() throws Exception {
        try (TestServer t = new TestServer(b -> b.handler(inv -> Reply.json(Map.of()))
                .ping(() -> PingStatus.HEALTHY_BUSY))) {
            assertThat(ping(t).get("status").asText()).isEqualTo("HealthyBusy");
        }
    }

    @Test
    void ping_answers_promptly_while_every_handler_is_blocked() throws Exception {
        int blocked = 200;
        CountDownLatch allIn = new CountDownLatch(blocked);
        CountDownLatch release = new CountDownLatch(1);
        try (TestServer t = TestServer.serving(inv -> {
            allIn.countDown();
            release.await(60, TimeUnit.SECONDS);
            return Reply.json(Map.of());
        }); var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < blocked; i++) {
                calls.add(pool.submit(() -> t.invoke("{}")));
            }
            assertThat(allIn.await(30, TimeUnit.SECONDS)).isTrue();
            HttpResponse<String> r = t.send(HttpRequest.newBuilder(t.uri("/ping")).timeout(Duration.ofSeconds(5)).GET());
            assertThat(r.body()).contains("\"status\":\"HealthyBusy\"");
            release.countDown();
            for (Future<HttpResponse<String>> call : calls) {
                assertThat(call.get().statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void debug_actions_drive_the_ping_state_only_when_enabled() throws Exception {
        try (TestServer off = TestServer.serving(inv -> Reply.json(Map.of("handled", true)))) {
            assertThat(off.invoke("{\"_agent_core_app_action\":\"force_busy\"}").body()).isEqualTo("{\"handled\":true}");
        }
        RuntimeConfig debug = RuntimeConfig.defaults().withHost("127.0.0.1").withPort(0).withDebugActions(true);
        try (TestServer t = new TestServer(debug, b -> b.handler(inv -> Reply.json(Map.of())))) {
            assertThat(t.invoke("{\"_agent_core_app_action\":\"force_busy\"}").body())
                    .isEqualTo("{\"forced_status\":\"HealthyBusy\"}");
            assertThat(ping(t).get("status").asText()).isEqualTo("HealthyBusy");
            assertThat(t.invoke("{\"_agent_core_app_action\":\"ping_status\"}").body()).contains("\"status\":\"HealthyBusy\"");
            assertThat(t.invoke("{\"_agent_core_app_action\":\"clear_forced_status\"}").body())
                    .isEqualTo("{\"forced_status\":\"Cleared\"}");
            t.server.health().addAsyncTask("job");
            assertThat(t.invoke("{\"_agent_core_app_action\":\"job_status\"}").body())
                    .startsWith("{\"active_count\":1,\"running_jobs\":[{\"name\":\"job\",\"duration\":");
            HttpResponse<String> unknown = t.invoke("{\"_agent_core_app_action\":\"explode\"}");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).isEqualTo("{\"error\":\"Unknown action: explode\"}");
        }
    }

    private static void waitForNextSecond() throws InterruptedException {
        long now = System.currentTimeMillis();
        Thread.sleep(1000 - now % 1000 + 20);
    }
}

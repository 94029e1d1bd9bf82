package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcore.model.RuntimeClientErrorException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;

/**
 * Session lifetimes with a scaled lifecycle clock (one configured second lasts 10 ms, so the
 * minimum idle timeout of 60 passes in 0.6 s), in process and as separate OS processes.
 */
class SessionLifecycleIT {

    static TwinFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new TwinFixture(b -> b.lifecycleSecond(Duration.ofMillis(10)).reapInterval(Duration.ofMillis(50)));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String create(String name, String uri, int idle, int max) {
        var created = fixture.control.createAgentRuntime(b -> b.agentRuntimeName(name)
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(uri)))
                .roleArn(TwinFixture.ROLE).networkConfiguration(n -> n.networkMode("PUBLIC"))
                .lifecycleConfiguration(l -> l.idleRuntimeSessionTimeout(idle).maxLifetime(max))
                .environmentVariables(java.util.Map.of("GREETING", "hello from " + name)));
        fixture.awaitStatus(created.agentRuntimeId(), AgentRuntimeStatus.READY);
        return created.agentRuntimeArn();
    }

    private static JsonNode invoke(String arn, String session, String payload) throws Exception {
        return Json.MAPPER.readTree(fixture.invoke(arn, session, payload));
    }

    @Test
    void an_idle_session_is_reaped_after_its_idle_timeout_and_the_next_call_starts_afresh() throws Exception {
        String arn = create("idle_reaped", TwinFixture.IN_PROCESS_URI, 60, 28800);
        String session = TwinFixture.session("idle");
        invoke(arn, session, "{}");
        assertThat(invoke(arn, session, "{}").path("count").asInt()).isEqualTo(2);
        TwinFixture.sleep(300);
        assertThat(invoke(arn, session, "{}").path("count").asInt()).as("still inside the idle timeout").isEqualTo(3);
        TwinFixture.sleep(1200);
        assertThat(invoke(arn, session, "{}").path("count").asInt()).as("reaped, so a fresh agent").isEqualTo(1);
    }

    @Test
    void a_session_ends_at_its_max_lifetime_even_when_active() throws Exception {
        String arn = create("lifetime_ends", TwinFixture.IN_PROCESS_URI, 60, 100);
        String session = TwinFixture.session("lifetime");
        String first = invoke(arn, session, "{}").path("instance").asText();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String current = first;
        while (current.equals(first) && System.nanoTime() < deadline) {
            TwinFixture.sleep(100);
            current = invoke(arn, session, "{}").path("instance").asText();
        }
        assertThat(current).as("a new agent after maxLifetime despite activity every 100 ms").isNotEqualTo(first);
    }

    @Test
    void a_session_keeps_the_version_it_started_with_after_an_update() throws Exception {
        String arn = create("pinned_session", TwinFixture.IN_PROCESS_URI, 600, 28800);
        String id = arn.substring(arn.lastIndexOf('/') + 1);
        String old = TwinFixture.session("old");
        assertThat(invoke(arn, old, "{}").path("env").asText()).isEmpty(); // in-process agents share the JVM env
        fixture.control.updateAgentRuntime(b -> b.agentRuntimeId(id)
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinFixture.IN_PROCESS_URI)))
                .roleArn(TwinFixture.ROLE).networkConfiguration(n -> n.networkMode("PUBLIC")));
        fixture.awaitStatus(id, AgentRuntimeStatus.READY);
        assertThat(invoke(arn, old, "{}").path("count").asInt()).as("same agent, same version").isEqualTo(2);
    }

    @Test
    void process_sessions_are_separate_os_processes_that_get_the_runtimes_environment() throws Exception {
        String arn = create("process_agents", TwinFixture.PROCESS_URI, 600, 28800);
        JsonNode a = invoke(arn, TwinFixture.session("proc-a"), "{}");
        JsonNode b = invoke(arn, TwinFixture.session("proc-b"), "{}");
        assertThat(a.path("pid").asLong()).isNotEqualTo(b.path("pid").asLong())
                .isNotEqualTo(ProcessHandle.current().pid());
        assertThat(a.path("env").asText()).isEqualTo("hello from process_agents");
        assertThat(invoke(arn, TwinFixture.session("proc-a"), "{}").path("count").asInt()).isEqualTo(2);
    }

    @Test
    void a_killed_process_fails_in_flight_calls_with_424_and_the_next_call_gets_a_fresh_process() throws Exception {
        String arn = create("killed_agent", TwinFixture.PROCESS_URI, 600, 28800);
        String session = TwinFixture.session("kill");
        long pid = invoke(arn, session, "{}").path("pid").asLong();
        CompletableFuture<Throwable> hanging = CompletableFuture.supplyAsync(() -> {
            try {
                fixture.invoke(arn, session, "{\"op\":\"hang\"}");
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        TwinFixture.sleep(300);
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();

        assertThat(hanging.get(20, TimeUnit.SECONDS)).isInstanceOfSatisfying(RuntimeClientErrorException.class,
                e -> assertThat(e.statusCode()).isEqualTo(424));
        JsonNode fresh = invoke(arn, session, "{}");
        assertThat(fresh.path("pid").asLong()).isNotEqualTo(pid);
        assertThat(fresh.path("count").asInt()).isEqualTo(1);
    }

    @Test
    void a_process_reporting_healthy_busy_is_not_reaped_until_it_goes_healthy() throws Exception {
        String arn = create("busy_agent", TwinFixture.PROCESS_URI, 60, 28800);
        String session = TwinFixture.session("busy");
        long pid = invoke(arn, session, "{\"op\":\"busy\",\"on\":true}").path("pid").asLong();
        TwinFixture.sleep(1500);
        assertThat(invoke(arn, session, "{\"op\":\"busy\",\"on\":false}").path("pid").asLong())
                .as("kept alive while HealthyBusy").isEqualTo(pid);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            TwinFixture.sleep(100);
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("reaped once idle").isFalse();
    }
}

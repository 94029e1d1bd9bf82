package dev.agentcore4j.compare;

import dev.agentcore4j.agent.Agent;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.function.Supplier;

/**
 * Where scenarios run: an engine in this process, or a running agent container.
 *
 * <pre>{@code
 * Target strands = Target.inProcess("strands", () -> Agent.builder().model(new OfflineModel()).build());
 * Transcript t = strands.run(Scenarios.bundled().getFirst());
 * }</pre>
 */
public interface Target {

    /** The label in reports, e.g. {@code strands} or {@code strands@container}. */
    String label();

    /** The engine asked for. */
    String engine();

    /** {@code in-process} or the container's base URL. */
    String where();

    /** Fails with a {@link CompareException} naming the fix when the target cannot serve (e.g. nothing listens). */
    void prepare();

    /** Runs the scenario's turns in one fresh session. */
    Transcript run(Scenario scenario);

    /** A fresh agent from {@code agents} per scenario run. */
    static Target inProcess(String engine, Supplier<Agent> agents) {
        return new InProcessTarget(engine, agents);
    }

    /**
     * A running container at {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}): each turn is a
     * {@code POST /invocations} with {@code {"prompt", "engine"}} and one session id per scenario run.
     */
    static Target endpoint(URI baseUrl, String engine, HttpClient client) {
        return new EndpointTarget(baseUrl, engine, client);
    }
}

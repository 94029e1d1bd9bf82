package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.Cancellation;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where the backend's server-side turns go: one of the seed's three modes. A turn streams events in
 * the bundled container's SSE format (see {@link WireEvents}) and returns when the agent is done.
 *
 * <pre>{@code
 * port.turn(new AgentPort.Turn(sessionId, "What is the weather in Tokyo?", "strands"), events::add, Cancellation.create());
 * }</pre>
 */
sealed interface AgentPort permits MockPort, DirectPort, RuntimePort {

    /** One user message to answer in a session, on an engine. */
    record Turn(String sessionId, String text, String engine) {
        public Turn {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(engine, "engine");
        }
    }

    Mode mode();

    /**
     * Runs one turn, sending each event to {@code events} as it arrives.
     *
     * @throws ApiException when the agent cannot be reached (before any event was sent)
     */
    void turn(Turn turn, Consumer<ObjectNode> events, Cancellation cancellation);

    /**
     * The session has ended: let go of what this port holds for it.
     *
     * @return what happened, for {@code runtimeStop}: {@code stopped}, {@code not_running},
     *     {@code skipped} or {@code failed: <why>}
     */
    String end(String sessionId);
}

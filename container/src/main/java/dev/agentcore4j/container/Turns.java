package dev.agentcore4j.container;

import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.AgentEventSink;
import dev.agentcore4j.agent.AgentResult;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.runtime.ClientError;
import dev.agentcore4j.runtime.Reply;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One agent turn on a session, answered as one JSON result or as a stream of agent events. Both
 * {@code /invocations} and the seed API's send message come here, so they behave alike.
 */
final class Turns {

    private Turns() {
    }

    /**
     * @param replySessionId the session id to echo (empty for a one-off turn)
     * @param onCancel       registers what to do when the caller goes away
     */
    static Reply reply(Session session, String prompt, boolean stream, Optional<String> replySessionId,
            Consumer<Runnable> onCancel, Clock clock) {
        Cancellation cancellation = Cancellation.create();
        onCancel.accept(cancellation::cancel);
        String sessionId = replySessionId.orElse(null);
        if (stream) {
            return Reply.stream(sink -> run(session, prompt, cancellation, clock,
                    event -> sink.send(AgentEvents.event(event, sessionId, session.engine()))));
        }
        List<Map<String, Object>> toolCalls = new ArrayList<>();
        AgentResult result = run(session, prompt, cancellation, clock, event -> {
            if (event instanceof AgentEvent.ToolCalled call) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", call.name());
                entry.put("input", call.input());
                toolCalls.add(entry);
            }
        });
        return Reply.json(AgentEvents.result(result, toolCalls, sessionId, session.agent().modelInfo(), session.engine()));
    }

    private static AgentResult run(Session session, String prompt, Cancellation cancellation, Clock clock,
            AgentEventSink sink) {
        session.lock().lock();
        try {
            session.record("user", prompt, clock.instant());
            AgentResult result = session.agent().stream(Message.user(prompt), sink, cancellation);
            if (!result.text().isEmpty()) {
                session.record("assistant", result.text(), clock.instant());
            }
            return result;
        } catch (IllegalStateException busy) {
            throw new ClientError(409, "this session is already running a turn: retry");
        } finally {
            session.lock().unlock();
        }
    }
}

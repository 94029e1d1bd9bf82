package dev.agentcore4j.container;

import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.AgentEventSink;
import dev.agentcore4j.agent.AgentResult;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.runtime.ClientError;
import dev.agentcore4j.runtime.Invocation;
import dev.agentcore4j.runtime.InvocationHandler;
import dev.agentcore4j.runtime.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** {@code POST /invocations} → the session's agent → one JSON answer or a stream of agent events. */
final class AgentInvocationHandler implements InvocationHandler {

    private final FutureTask<SessionAgents> sessions;

    /**
     * Builds the tools and the model (tens of milliseconds) on a background platform thread, so the
     * container answers {@code /ping} while they load; the first invocation waits for them.
     */
    AgentInvocationHandler(ContainerConfig config) {
        this.sessions = new FutureTask<>(() -> new SessionAgents(config));
        Thread.ofPlatform().daemon().name("agent-init").start(sessions);
    }

    @Override
    public Reply handle(Invocation invocation) throws Exception {
        AgentRequest request = AgentRequest.from(invocation.payload(), invocation.context());
        SessionAgents.Session session = sessions().get(request.sessionId());
        Cancellation cancellation = Cancellation.create();
        invocation.context().cancellation().onCancel(cancellation::cancel);
        if (request.stream()) {
            return Reply.stream(sink -> runTurn(session, request, cancellation,
                    event -> sink.send(AgentEvents.event(event, request.sessionId().orElse(null)))));
        }
        List<Map<String, Object>> toolCalls = new ArrayList<>();
        AgentResult result = runTurn(session, request, cancellation, event -> {
            if (event instanceof AgentEvent.ToolCalled call) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", call.name());
                entry.put("input", call.input());
                toolCalls.add(entry);
            }
        });
        return Reply.json(AgentEvents.result(result, toolCalls, request.sessionId().orElse(null),
                session.agent().modelInfo()));
    }

    private SessionAgents sessions() throws Exception {
        try {
            return sessions.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static AgentResult runTurn(SessionAgents.Session session, AgentRequest request,
            Cancellation cancellation, AgentEventSink sink) {
        session.lock().lock();
        try {
            return session.agent().stream(Message.user(request.prompt()), sink, cancellation);
        } catch (IllegalStateException busy) {
            throw new ClientError(409, "this session is already running a turn: retry");
        } finally {
            session.lock().unlock();
        }
    }
}

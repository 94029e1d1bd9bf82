package dev.agentcore4j.container;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.AgentResult;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.memory.client.ActorId;
import dev.agentcore4j.runtime.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One agent turn on a session, answered as one JSON result or as a stream of agent events. Both
 * {@code /invocations} and the seed API's send message come here, so they behave alike. With memory
 * on, the turn restores the session (on its first turn here), recalls, runs, records, and only then
 * reports {@code finished}: a caller that saw the end of a turn can rely on a new instance
 * remembering it.
 */
final class Turns {

    private Turns() {
    }

    /**
     * @param actor          whose memory the turn uses; asked only when the session remembers
     * @param replySessionId the session id to echo (empty for a one-off turn)
     * @param onCancel       registers what to do when the caller goes away
     */
    static Reply reply(SessionAgents sessions, Session session, String prompt, Supplier<ActorId> actor, boolean stream,
            Optional<String> replySessionId, Consumer<Runnable> onCancel) {
        Cancellation cancellation = Cancellation.create();
        onCancel.accept(cancellation::cancel);
        String sessionId = replySessionId.orElse(null);
        if (stream) {
            return Reply.stream(sink -> run(sessions, session, prompt, actor, cancellation,
                    TurnEvents.streamed(sink, sessionId, session)));
        }
        TurnEvents.Collected collected = new TurnEvents.Collected();
        AgentResult result = run(sessions, session, prompt, actor, cancellation, collected);
        return Reply.json(AgentEvents.result(result, collected.toolCalls, sessionId,
                session.agent().orElseThrow().modelInfo(), session.engine(), collected.memory));
    }

    private static AgentResult run(SessionAgents sessions, Session session, String prompt, Supplier<ActorId> actor,
            Cancellation cancellation, TurnEvents out) {
        // AgentCore serialises a session's invocations; so does this lock.
        session.lock().lock();
        try {
            Instant start = sessions.clock().instant();
            Optional<MemoryTurn> memory = session.remembers()
                    ? Optional.of(new MemoryTurn(sessions.config().memory(), session, actor.get(), out)) : Optional.empty();
            Agent agent = session.agent().orElseGet(() -> startAgent(sessions, session, memory));
            memory.ifPresent(m -> m.recall(prompt));
            session.record("user", prompt, start);
            AgentEvent.Finished[] finished = new AgentEvent.Finished[1];
            AgentResult result;
            try {
                result = agent.stream(Message.user(prompt), event -> {
                    if (event instanceof AgentEvent.Finished f) {
                        finished[0] = f;
                    } else {
                        out.agent(event);
                    }
                }, cancellation);
            } finally {
                session.recalled("");
                memory.ifPresent(m -> m.record(prompt, agent.messages(), start));
            }
            if (!result.text().isEmpty()) {
                session.record("assistant", result.text(), sessions.clock().instant());
            }
            out.finished(finished[0] == null ? new AgentEvent.Finished(result) : finished[0], memory.map(MemoryTurn::summary));
            return result;
        } finally {
            session.lock().unlock();
        }
    }

    /** The session's agent, made on its first turn from what memory restores. */
    private static Agent startAgent(SessionAgents sessions, Session session, Optional<MemoryTurn> memory) {
        ContainerConfig config = sessions.config();
        List<Message> history = memory.map(MemoryTurn::restore).orElse(List.of());
        Agent agent = sessions.agents(session.model()).create(session.engine(), sessions.tools(),
                () -> config.systemPrompt() + session.recalled(), history);
        session.start(agent);
        return agent;
    }
}

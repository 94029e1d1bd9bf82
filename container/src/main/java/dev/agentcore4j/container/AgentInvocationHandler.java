package dev.agentcore4j.container;

import dev.agentcore4j.memory.client.ActorId;
import dev.agentcore4j.runtime.ClientError;
import dev.agentcore4j.runtime.Invocation;
import dev.agentcore4j.runtime.InvocationHandler;
import dev.agentcore4j.runtime.Reply;
import java.util.Map;

/**
 * {@code POST /invocations} → the session's agent → one JSON answer or a stream of agent events;
 * a payload with an {@code "action"} goes to the seed's action routing instead. A streamed turn that
 * is refused (a bad prompt or actor id, an unknown or unconfigured model or engine, a session on another one)
 * answers its reason as its one {@code error} event, with the status it would have had: AgentCore
 * replaces a container's 4xx body with a bare 424, so that is the only way the caller reads why.
 */
final class AgentInvocationHandler implements InvocationHandler {

    private final SessionAgents sessions;
    private final SeedActions actions;

    AgentInvocationHandler(SessionAgents sessions, SeedActions actions) {
        this.sessions = sessions;
        this.actions = actions;
    }

    @Override
    public Reply handle(Invocation invocation) {
        if (SeedActions.isAction(invocation.payload())) {
            return actions.handle(invocation.payload(), invocation.context());
        }
        AgentRequest request;
        Session session;
        ActorId actor;
        try {
            request = AgentRequest.from(invocation.payload(), invocation.context());
            // checked at the door, so a streamed turn can say why it is refused; without memory it is unused
            actor = sessions.config().memory().enabled()
                    ? Actors.resolve(invocation.payload(), invocation.context().authorization()) : ActorId.DEFAULT;
            session = sessions.get(request.sessionId(), request.engine(), request.model());
        } catch (ClientError refused) {
            if (AgentRequest.wantsStream(invocation.payload(), invocation.context())) {
                return Reply.stream(sink -> sink.send(Map.of("type", "error", "status", refused.status(),
                        "message", refused.getMessage())));
            }
            throw refused;
        }
        return Turns.reply(sessions, session, request.prompt(),
                () -> actor, request.stream(),
                request.sessionId(), invocation.context().cancellation()::onCancel);
    }
}

package dev.agentcore4j.container;

import dev.agentcore4j.runtime.Invocation;
import dev.agentcore4j.runtime.InvocationHandler;
import dev.agentcore4j.runtime.Reply;

/**
 * {@code POST /invocations} → the session's agent → one JSON answer or a stream of agent events;
 * a payload with an {@code "action"} goes to the seed's action routing instead.
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
        AgentRequest request = AgentRequest.from(invocation.payload(), invocation.context());
        Session session = sessions.get(request.sessionId(), request.engine(), request.model());
        return Turns.reply(sessions, session, request.prompt(),
                () -> Actors.resolve(invocation.payload(), invocation.context().authorization()), request.stream(),
                request.sessionId(), invocation.context().cancellation()::onCancel);
    }
}

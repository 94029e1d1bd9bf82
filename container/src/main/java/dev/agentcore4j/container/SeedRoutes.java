package dev.agentcore4j.container;

import dev.agentcore4j.runtime.Reply;
import dev.agentcore4j.runtime.RuntimeServer;
import java.util.Optional;

/**
 * The seed container's HTTP routes on the same server as the AgentCore contract, so the seed's
 * frontend and backend can talk to this container unchanged. See docs/container.md.
 */
final class SeedRoutes {

    private SeedRoutes() {
    }

    static RuntimeServer.Builder register(RuntimeServer.Builder builder, SeedApi api) {
        return builder
                .route("GET", "/health", request -> Reply.json(api.health()))
                .route("GET", "/sessions", request -> Reply.json(api.listSessions()))
                .route("POST", "/sessions", request -> Reply.json(api.createSession(request.body())))
                .route("GET", "/sessions/{id}", request -> Reply.json(api.getSession(request.pathParam("id"))))
                .route("DELETE", "/sessions/{id}", request -> Reply.json(api.end(request.pathParam("id"))))
                .route("GET", "/sessions/{id}/messages", request -> Reply.json(api.messages(request.pathParam("id"))))
                // no caller-side cancellation signal on these routes: a disconnect surfaces when the stream writes
                .route("POST", "/sessions/{id}/messages", request -> api.send(request.pathParam("id"), request.body(),
                        Optional.empty(), action -> { }))
                .route("GET", "/agents/info", request -> Reply.json(api.info()))
                .route("GET", "/agents/comparison", request -> Reply.json(api.comparison()))
                .route("GET", "/agents/tools", request -> Reply.json(api.tools()));
    }
}

package dev.agentcore4j.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WebSocketContractIT {

    /** Collects what the server sends. */
    static final class Listener implements WebSocket.Listener {
        final List<String> texts = new CopyOnWriteArrayList<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                texts.add(partial.toString());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.completeExceptionally(error);
        }
    }

    private static final WebSocketHandler ECHO = session -> {
        String sessionId = session.context().sessionId().orElse("none");
        for (Optional<WebSocketMessage> m = session.receive(); m.isPresent(); m = session.receive()) {
            switch (m.get()) {
                case WebSocketMessage.Text text -> {
                    if (text.text().equals("bye")) {
                        return;
                    }
                    session.send(sessionId + ":" + text.text());
                }
                case WebSocketMessage.Binary binary -> session.send(binary.bytes());
            }
        }
    };

    private static WebSocket connect(TestServer t, Listener listener) throws Exception {
        return t.client.newWebSocketBuilder()
                .header("X-Amzn-Bedrock-AgentCore-Runtime-Session-Id", "ws-session-000000000000000000000001")
                .buildAsync(URI.create("ws://127.0.0.1:" + t.server.port() + "/ws"), listener)
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void messages_are_echoed_with_the_upgrade_requests_context_and_returning_closes_normally() throws Exception {
        try (TestServer t = new TestServer(b -> b.handler(inv -> Reply.json(Map.of())).webSocket(ECHO))) {
            Listener listener = new Listener();
            WebSocket ws = connect(t, listener);
            ws.sendText("one", true).get();
            ws.sendText("二", true).get();
            ws.sendText("bye", true).get();
            assertThat(listener.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
            assertThat(listener.texts).containsExactly(
                    "ws-session-000000000000000000000001:one", "ws-session-000000000000000000000001:二");
        }
    }

    @Test
    void ping_is_busy_while_a_websocket_is_open() throws Exception {
        try (TestServer t = new TestServer(b -> b.handler(inv -> Reply.json(Map.of())).webSocket(ECHO))) {
            Listener listener = new Listener();
            WebSocket ws = connect(t, listener);
            ws.sendText("x", true).get();
            assertThat(t.ping().body()).contains("HealthyBusy");
            ws.sendText("bye", true).get();
            listener.closed.get(10, TimeUnit.SECONDS);
            for (int i = 0; i < 100 && t.ping().body().contains("HealthyBusy"); i++) {
                Thread.sleep(20);
            }
            assertThat(t.ping().body()).contains("\"Healthy\"");
        }
    }

    @Test
    void a_frame_over_64_kb_closes_the_socket_with_message_too_big() throws Exception {
        try (TestServer t = new TestServer(b -> b.handler(inv -> Reply.json(Map.of())).webSocket(ECHO))) {
            Listener listener = new Listener();
            WebSocket ws = connect(t, listener);
            ws.sendBinary(ByteBuffer.wrap(new byte[64 * 1024 + 1]), true);
            assertThat(listener.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1009);
        }
    }

    @Test
    void a_handler_exception_closes_the_socket_with_1011() throws Exception {
        try (TestServer t = new TestServer(b -> b.handler(inv -> Reply.json(Map.of())).webSocket(session -> {
            session.receive();
            throw new IllegalStateException("boom");
        }))) {
            Listener listener = new Listener();
            WebSocket ws = connect(t, listener);
            ws.sendText("hi", true).get();
            assertThat(listener.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1011);
        }
    }

    @Test
    void without_a_websocket_handler_the_upgrade_fails() {
        try (TestServer t = TestServer.serving(inv -> Reply.json(Map.of()))) {
            assertThatThrownBy(() -> connect(t, new Listener())).hasStackTraceContaining("404");
        }
    }
}

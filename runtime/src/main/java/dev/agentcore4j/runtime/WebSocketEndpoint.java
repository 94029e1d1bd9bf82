package dev.agentcore4j.runtime;

import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.ContainerContract;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import robaho.net.httpserver.websockets.CloseCode;
import robaho.net.httpserver.websockets.OpCode;
import robaho.net.httpserver.websockets.WebSocket;
import robaho.net.httpserver.websockets.WebSocketFrame;

/**
 * {@code /ws}: the server's WebSocket framing feeds a queue; the user's blocking
 * {@link WebSocketHandler} runs on its own virtual thread and reads from it.
 */
final class WebSocketEndpoint extends robaho.net.httpserver.websockets.WebSocketHandler {

    private static final System.Logger LOG = System.getLogger(WebSocketEndpoint.class.getName());

    private final WebSocketHandler handler;
    private final HealthState health;
    private final InFlight inFlight;

    WebSocketEndpoint(WebSocketHandler handler, HealthState health, InFlight inFlight) {
        this.handler = handler;
        this.health = health;
        this.inFlight = inFlight;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!isWebsocketRequested(exchange.getRequestHeaders())) {
            Responses.error(exchange, 400, "WebSocket upgrade required",
                    "send GET /ws with Connection: Upgrade and Upgrade: websocket");
            return;
        }
        super.handle(exchange);
    }

    @Override
    protected WebSocket openWebSocket(HttpExchange exchange) {
        Session[] session = new Session[1];
        exchange.setStreams(new FrameSizeGuard(exchange.getRequestBody(), ContainerContract.MAX_WEBSOCKET_FRAME_BYTES,
                () -> session[0].close(CloseCode.MessageTooBig.getValue(), "frames are limited to 64 KB")), null);
        session[0] = new Session(exchange);
        return session[0];
    }

    /** One connection: the framing side (robaho callbacks) and the handler side (queue reads). */
    private final class Session extends WebSocket implements WebSocketSession {

        private static final Object CLOSED = new Object();

        private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
        private final Thread worker;
        private final InvocationCancellation cancellation;
        private final InvocationContext context;
        private final Runnable workDone;

        Session(HttpExchange exchange) {
            super(exchange);
            this.worker = Thread.ofVirtual().name("ws-handler").unstarted(this::runHandler);
            this.cancellation = new InvocationCancellation(worker);
            this.context = ContextReader.read(exchange.getRequestHeaders(), cancellation);
            this.workDone = health.openWork();
        }

        @Override
        protected void onOpen() {
            worker.start();
        }

        private void runHandler() {
            Runnable untrack = inFlight.track(cancellation);
            try {
                handler.handle(this);
                close(CloseCode.NormalClosure.getValue(), "");
            } catch (Exception e) {
                if (!cancellation.isCancelled()) {
                    LOG.log(Level.ERROR, "session=" + context.sessionId().orElse("-") + " | WebSocket handler failed", e);
                }
                close(CloseCode.InternalServerError.getValue(), "internal error");
            } finally {
                untrack.run();
                workDone.run();
            }
        }

        @Override
        protected void onMessage(WebSocketFrame frame) {
            byte[] payload = frame.getBinaryPayload();
            if (payload.length > ContainerContract.MAX_WEBSOCKET_FRAME_BYTES) {
                close(CloseCode.MessageTooBig.getValue(), "frames are limited to 64 KB");
                return;
            }
            inbox.add(frame.getOpCode() == OpCode.Text
                    ? new WebSocketMessage.Text(frame.getTextPayload())
                    : new WebSocketMessage.Binary(payload));
        }

        @Override
        protected void onPong(WebSocketFrame pong) {
        }

        @Override
        protected void onClose(CloseCode code, String reason, boolean initiatedByRemote) {
            inbox.add(CLOSED);
            if (initiatedByRemote || code != CloseCode.NormalClosure) {
                cancellation.cancel();
            }
        }

        @Override
        public InvocationContext context() {
            return context;
        }

        @Override
        public Optional<WebSocketMessage> receive() throws InterruptedException {
            Object next = inbox.take();
            if (next == CLOSED) {
                inbox.add(CLOSED); // later calls also see the end
                return Optional.empty();
            }
            return Optional.of((WebSocketMessage) next);
        }

        @Override
        public void send(String text) {
            try {
                super.send(text);
            } catch (IOException e) {
                throw new ClientDisconnectedException(e);
            }
        }

        @Override
        public void send(byte[] binary) {
            try {
                super.send(binary);
            } catch (IOException e) {
                throw new ClientDisconnectedException(e);
            }
        }

        @Override
        public void close(int code, String reason) {
            CloseCode closeCode = CloseCode.find(code);
            if (closeCode == null) {
                throw new IllegalArgumentException("unknown WebSocket close code " + code
                        + ": use a code from RFC 6455 section 7.4.1, such as 1000 or 1011");
            }
            if (!isOpen()) {
                return;
            }
            try {
                close(closeCode, reason, false);
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing a WebSocket failed", e);
            }
        }
    }
}

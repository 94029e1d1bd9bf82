package dev.agentcore4j.emulator;

import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.AgentCoreHeaders;
import dev.agentcore4j.contract.ContainerContract;
import dev.agentcore4j.contract.DataPlaneContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Copies an agent's answer to the caller as AgentCore does: a non-2xx becomes 424 with the body
 * dropped; a 2xx streams through read by read, flushed, within the invocation's time limit (15 min
 * synchronous, 60 min for {@code text/event-stream}; past it the stream is cut off).
 */
final class Relay {

    private static final System.Logger LOG = System.getLogger(Relay.class.getName());
    static final String DIED_MESSAGE = "The runtime session's container stopped before it answered. "
            + "Please check your CloudWatch logs for more information.";

    private static final String SSE = "text/event-stream";

    private final Sessions sessions;
    private final TwinConfig config;

    Relay(Sessions sessions, TwinConfig config) {
        this.sessions = sessions;
        this.config = config;
    }

    void invocation(HttpExchange exchange, Session session, HttpResponse<InputStream> response, long startedNanos)
            throws IOException {
        try (InputStream body = response.body()) {
            int status = checkStatus(response);
            String type = response.headers().firstValue("Content-Type").orElse(ContainerContract.JSON_CONTENT_TYPE);
            headers(exchange, session, type);
            exchange.sendResponseHeaders(status, status == 204 ? -1 : 0);
            if (status == 204) {
                return;
            }
            Duration limit = type.startsWith(SSE) ? config.streamingTimeout()
                    : config.invocationTimeout();
            copy(body, exchange.getResponseBody(), session, startedNanos + limit.toNanos(), limit);
        }
    }

    void agentCard(HttpExchange exchange, Session session, HttpResponse<InputStream> response) throws IOException {
        try (InputStream body = response.body()) {
            checkStatus(response);
            byte[] card = body.readAllBytes();
            headers(exchange, session, ContainerContract.JSON_CONTENT_TYPE);
            exchange.sendResponseHeaders(200, card.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(card);
            }
        }
    }

    private static int checkStatus(HttpResponse<InputStream> response) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            // AgentCore drops the container's error body and answers 424.
            throw TwinException.runtimeClientError(DataPlaneContract.RUNTIME_ERROR_MESSAGE.formatted(status));
        }
        return status;
    }

    private static void headers(HttpExchange exchange, Session session, String contentType) {
        Exchanges.requestId(exchange);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set(AgentCoreHeaders.SESSION_ID, session.key.sessionId());
    }

    /** Relays each read as it arrives and flushes it, so SSE events stay live end to end. */
    private void copy(InputStream from, OutputStream to, Session session, long deadlineNanos, Duration limit)
            throws IOException {
        AtomicBoolean timedOut = new AtomicBoolean();
        Thread watchdog = Thread.ofVirtual().name("twin-deadline").start(() -> {
            try {
                Thread.sleep(Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime())));
                timedOut.set(true);
                from.close();
            } catch (InterruptedException | IOException e) {
                // the copy finished first
            }
        });
        try {
            byte[] buffer = new byte[16 * 1024];
            while (true) {
                int n;
                try {
                    n = from.read(buffer);
                } catch (IOException e) {
                    if (timedOut.get()) {
                        break;
                    }
                    sessions.checkAlive(session);
                    throw new IOException("the agent's stream broke off", e);
                }
                if (n < 0) {
                    break;
                }
                session.touch();
                to.write(buffer, 0, n);
                to.flush();
            }
        } finally {
            watchdog.interrupt();
        }
        if (timedOut.get()) {
            LOG.log(Level.INFO, session + " | answer cut off at the invocation limit of " + limit.toSeconds() + " s");
        }
        to.close();
    }
}

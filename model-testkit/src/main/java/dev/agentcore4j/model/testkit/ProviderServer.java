package dev.agentcore4j.model.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A local stand-in for a model provider: a JDK {@code HttpServer} on a loopback port chosen by the
 * system, answering each request with the next {@link ScriptedReply} rendered by a {@link WireFormat},
 * and recording every request it received. A request with no reply left gets HTTP 599, so a test
 * that sends more than it scripted fails loudly.
 *
 * <pre>{@code
 * try (var server = ProviderServer.start(new SseChatFormat())) {
 *     server.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(5, 2), "Hi"));
 *     Model model = OpenAiModel.create(OpenAiConfig.defaults().withBaseUrl(server.uri()));
 * }
 * }</pre>
 */
public final class ProviderServer implements AutoCloseable {

    private final HttpServer server;
    private final WireFormat format;
    private final Queue<ScriptedReply> replies = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    private ProviderServer(WireFormat format) throws IOException {
        this.format = format;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public static ProviderServer start(WireFormat format) {
        try {
            return new ProviderServer(format);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the provider server on loopback", e);
        }
    }

    /** {@code http://127.0.0.1:<port>} (no trailing slash). */
    public URI uri() {
        var address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    public ProviderServer enqueue(ScriptedReply... scripted) {
        replies.addAll(List.of(scripted));
        return this;
    }

    /** The requests received so far, in order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError("the provider server received no request");
        }
        return requests.getLast();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = new HashMap<String, List<String>>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var request = new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    headers, body);
            requests.add(request);
            ScriptedReply reply = replies.poll();
            var channel = new ExchangeChannel(exchange);
            if (reply == null) {
                channel.complete(599, Map.of("content-type", "text/plain"),
                        "no scripted reply left".getBytes(StandardCharsets.UTF_8));
                return;
            }
            format.write(reply, request, channel);
        } catch (IOException e) {
            // the client went away (e.g. a cancelled stream): nothing to answer
        }
    }

    private final class ExchangeChannel implements ReplyChannel {
        private final HttpExchange exchange;
        private OutputStream out;

        ExchangeChannel(HttpExchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public void start(int status, Map<String, String> headers) throws IOException {
            headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(status, 0);
            out = exchange.getResponseBody();
        }

        @Override
        public void frame(byte[] bytes) throws IOException {
            if (out == null) {
                throw new IllegalStateException("start the response before writing frames");
            }
            out.write(bytes);
            out.flush();
        }

        @Override
        public void complete(int status, Map<String, String> headers, byte[] body) throws IOException {
            headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (var o = exchange.getResponseBody()) {
                o.write(body);
            }
        }

        @Override
        public void holdOpen() throws IOException {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while holding the response open", e);
            }
        }
    }
}

package dev.agentcore4j.awsfakes;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/** One HTTP server on the loopback interface and a free port, a virtual thread per request. */
final class FakeServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    private FakeServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static FakeServer start(HttpHandler handler) {
        try {
            return serve(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), handler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on the loopback interface: " + e.getMessage(), e);
        }
    }

    /** The same over HTTPS with {@code tls}'s certificate. */
    static FakeServer startHttps(HttpHandler handler, SSLContext tls) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return serve(server, handler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on the loopback interface: " + e.getMessage(), e);
        }
    }

    private static FakeServer serve(HttpServer server, HttpHandler handler) {
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        return new FakeServer(server, executor);
    }

    /** {@code http://127.0.0.1:<port>} ({@code https} for an HTTPS server). */
    URI endpoint() {
        return URI.create((server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

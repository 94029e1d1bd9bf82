package dev.agentcore4j.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** A real container server on 127.0.0.1 port 0 and a JDK HttpClient pointed at it. */
final class TestServer implements AutoCloseable {

    final RuntimeServer server;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(UnaryOperator<RuntimeServer.Builder> setup) {
        this(RuntimeConfig.defaults().withHost("127.0.0.1").withPort(0), setup);
    }

    TestServer(RuntimeConfig config, UnaryOperator<RuntimeServer.Builder> setup) {
        this.server = setup.apply(RuntimeServer.builder().config(config)).start();
    }

    static TestServer serving(InvocationHandler handler) {
        return new TestServer(b -> b.handler(handler));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpRequest.Builder post(String body) {
        return HttpRequest.newBuilder(uri("/invocations")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> invoke(String body) throws Exception {
        return send(post(body).header("Content-Type", "application/json"));
    }

    HttpResponse<String> ping() throws Exception {
        return send(HttpRequest.newBuilder(uri("/ping")).timeout(Duration.ofSeconds(10)).GET());
    }

    @Override
    public void close() {
        server.close();
        client.close();
    }
}

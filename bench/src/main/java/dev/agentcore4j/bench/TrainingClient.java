package dev.agentcore4j.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Drives an {@link EchoContainer} training run from its own JVM. */
final class TrainingClient {

    private TrainingClient() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create("http://127.0.0.1:" + args[0]);
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (int i = 0; i < 500; i++) {
                client.send(HttpRequest.newBuilder(base.resolve("/ping")).build(), HttpResponse.BodyHandlers.discarding());
                client.send(HttpRequest.newBuilder(base.resolve("/invocations"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"hello\"}")).build(),
                        HttpResponse.BodyHandlers.discarding());
                client.send(HttpRequest.newBuilder(base.resolve("/invocations")).header("Accept", "text/event-stream")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"stream\"}")).build(),
                        HttpResponse.BodyHandlers.discarding());
                client.send(HttpRequest.newBuilder(base.resolve("/invocations"))
                        .POST(HttpRequest.BodyPublishers.ofString("{bad")).build(), HttpResponse.BodyHandlers.discarding());
            }
        }
    }
}

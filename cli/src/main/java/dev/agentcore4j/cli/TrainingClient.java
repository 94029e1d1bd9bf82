package dev.agentcore4j.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The workload of a training run: what a container serves in its first seconds (pings, JSON and
 * streamed invocations in both languages, tool calls, errors). Runs in its own JVM.
 */
final class TrainingClient {

    private static final List<String> PROMPTS = List.of(
            "{\"prompt\":\"Hello, who are you?\"}",
            "{\"prompt\":\"What is the weather in Tokyo?\"}",
            "{\"prompt\":\"15 * 23 + 7 は？\"}",
            "{\"input\":{\"prompt\":\"東京の天気は？\",\"session_id\":\"training-session\"}}");

    private TrainingClient() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = Integer.parseInt(args[0]);
        URI ping = URI.create("http://127.0.0.1:" + port + "/ping");
        URI invocations = URI.create("http://127.0.0.1:" + port + "/invocations");
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (int round = 0; round < 50; round++) {
                send(client, HttpRequest.newBuilder(ping).GET());
                for (String prompt : PROMPTS) {
                    send(client, HttpRequest.newBuilder(invocations)
                            .header("Content-Type", "application/json")
                            .header("X-Amzn-Bedrock-AgentCore-Runtime-Session-Id", "training-" + round)
                            .POST(HttpRequest.BodyPublishers.ofString(prompt)));
                    send(client, HttpRequest.newBuilder(invocations)
                            .header("Accept", "text/event-stream")
                            .POST(HttpRequest.BodyPublishers.ofString(prompt)));
                }
                send(client, HttpRequest.newBuilder(invocations).POST(HttpRequest.BodyPublishers.ofString("{bad")));
                send(client, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/missing")).GET());
            }
        }
    }

    private static void send(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
        client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
    }
}

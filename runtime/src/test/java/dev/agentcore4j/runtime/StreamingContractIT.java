package dev.agentcore4j.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StreamingContractIT {

    @Test
    void each_event_is_one_data_frame_byte_for_byte() throws Exception {
        try (TestServer t = TestServer.serving(inv -> Reply.stream(sink -> {
            sink.send("Hello");
            sink.send("Hello\nworld\ttab\r\n");
            sink.send("{\"already\": \"json\"}");
            sink.send(Map.of("uni", "世界"));
            sink.send(List.of(1, true));
            sink.send(42);
        }))) {
            HttpResponse<String> r = t.invoke("{}");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
            assertThat(r.headers().firstValue("Content-Length")).isEmpty();
            assertThat(r.body()).isEqualTo(
                    "data: \"Hello\"\n\n"
                    + "data: \"Hello\\nworld\\ttab\\r\\n\"\n\n"
                    + "data: \"{\\\"already\\\": \\\"json\\\"}\"\n\n"
                    + "data: {\"uni\":\"世界\"}\n\n"
                    + "data: [1,true]\n\n"
                    + "data: 42\n\n");
        }
    }

    @Test
    void a_failure_after_the_first_event_ends_the_stream_with_one_error_event() throws Exception {
        try (TestServer t = TestServer.serving(inv -> Reply.stream(sink -> {
            sink.send(Map.of("n", 1));
            sink.send(Map.of("n", 2));
            throw new IllegalStateException("secret internals");
        }))) {
            HttpResponse<String> r = t.invoke("{}");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("data: {\"n\":1}\n\ndata: {\"n\":2}\n\n"
                    + "data: {\"error\":\"Internal server error\",\"error_type\":\"IllegalStateException\","
                    + "\"message\":\"An error occurred during streaming\"}\n\n");
        }
    }

    @Test
    void a_client_error_mid_stream_carries_its_message_in_the_error_event() throws Exception {
        try (TestServer t = TestServer.serving(inv -> Reply.stream(sink -> {
            sink.send("partial");
            throw new ClientError(429, "model throttled, retry later");
        }))) {
            assertThat(t.invoke("{}").body()).endsWith("data: {\"error\":\"model throttled, retry later\","
                    + "\"error_type\":\"ClientError\",\"message\":\"An error occurred during streaming\"}\n\n");
        }
    }

    @Test
    void a_failure_before_the_first_event_is_a_plain_json_error() throws Exception {
        try (TestServer t = TestServer.serving(inv -> Reply.stream(sink -> {
            throw new ClientError(400, "prompt is required");
        }))) {
            HttpResponse<String> r = t.invoke("{}");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(r.body()).isEqualTo("{\"error\":\"prompt is required\"}");
        }
    }

    @Test
    void an_empty_stream_is_an_empty_event_stream() throws Exception {
        try (TestServer t = TestServer.serving(inv -> Reply.stream(sink -> { }))) {
            HttpResponse<String> r = t.invoke("{}");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
            assertThat(r.body()).isEmpty();
        }
    }

    @Test
    void each_frame_is_flushed_as_it_is_sent() throws Exception {
        CountDownLatch firstRead = new CountDownLatch(1);
        try (TestServer t = TestServer.serving(inv -> Reply.stream(sink -> {
            sink.send("first");
            // The second event waits until the client has read the first: only flushed frames allow that.
            if (!firstRead.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("first frame never arrived");
            }
            sink.send("second");
        }))) {
            HttpResponse<InputStream> r = t.client.send(t.post("{}").build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                byte[] first = in.readNBytes("data: \"first\"\n\n".length());
                assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("data: \"first\"\n\n");
                firstRead.countDown();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("data: \"second\"\n\n");
            }
        }
    }

    @Test
    void a_client_disconnect_mid_stream_cancels_the_handler() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicBoolean signalled = new AtomicBoolean();
        try (TestServer t = TestServer.serving(inv -> Reply.stream(sink -> {
            inv.context().cancellation().onCancel(() -> signalled.set(true));
            try {
                for (int i = 0; i < 10_000; i++) {
                    sink.send(Map.of("i", i, "pad", "x".repeat(1000)));
                    Thread.sleep(5);
                }
            } catch (ClientDisconnectedException | InterruptedException e) {
                cancelled.countDown();
                throw e;
            }
        }))) {
            HttpResponse<InputStream> r = t.client.send(t.post("{}").build(), HttpResponse.BodyHandlers.ofInputStream());
            InputStream in = r.body();
            in.readNBytes(100);
            in.close(); // the JDK client closes the connection when a body is abandoned
            assertThat(cancelled.await(20, TimeUnit.SECONDS)).as("handler saw the cancellation").isTrue();
            assertThat(signalled).isTrue();
            // The server is still healthy and serving.
            assertThat(t.ping().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_stream_is_requested_with_accept_event_stream_or_answered_as_the_handler_chooses() throws Exception {
        try (TestServer t = TestServer.serving(inv -> {
            boolean wantsStream = inv.context().allHeaders().getOrDefault("Accept", List.of()).stream()
                    .anyMatch(a -> a.contains("text/event-stream"));
            return wantsStream ? Reply.stream(sink -> sink.send("s")) : Reply.json("j");
        })) {
            assertThat(t.send(t.post("{}").header("Accept", "text/event-stream")).body()).isEqualTo("data: \"s\"\n\n");
            assertThat(t.send(t.post("{}").header("Accept", "application/json")).body()).isEqualTo("\"j\"");
        }
    }

}

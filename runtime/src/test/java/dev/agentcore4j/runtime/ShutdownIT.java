package dev.agentcore4j.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShutdownIT {

    @Test
    void a_graceful_stop_finishes_in_flight_work_and_refuses_new_work() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TestServer t = TestServer.serving(inv -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            return Reply.json(Map.of("finished", true));
        });
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<HttpResponse<String>> inFlight = pool.submit(() -> t.invoke("{}"));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> closing = pool.submit(t::close);
            Thread.sleep(100);
            assertThat(closing.isDone()).as("close waits for in-flight work").isFalse();
            assertThat(t.client.send(t.post("{}").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("new work is refused while draining").isEqualTo(503);
            release.countDown();
            assertThat(inFlight.get(10, TimeUnit.SECONDS).body()).isEqualTo("{\"finished\":true}");
            closing.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void work_still_running_after_the_grace_is_cancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        RuntimeConfig config = RuntimeConfig.defaults().withHost("127.0.0.1").withPort(0)
                .withShutdownGrace(Duration.ofMillis(200));
        TestServer t = new TestServer(config, b -> b.handler(inv -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return Reply.json(Map.of());
        }));
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(() -> t.invoke("{}"));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            t.close();
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the handler was interrupted").isTrue();
        }
    }
}

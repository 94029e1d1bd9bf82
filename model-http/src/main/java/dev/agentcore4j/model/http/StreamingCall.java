package dev.agentcore4j.model.http;

import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.ModelException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * One streamed HTTP exchange that cancellation can abort at any point: while connecting, while
 * waiting for headers, and while blocked reading the body (the body stream is closed, which makes
 * the JDK client drop the connection).
 */
public final class StreamingCall implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(StreamingCall.class.getName());

    private final Cancellation cancellation;
    private final Cancellation.Registration registration;
    private final CompletableFuture<HttpResponse<InputStream>> response;
    private volatile InputStream body;

    private StreamingCall(HttpClient client, HttpRequest request, Cancellation cancellation) {
        this.cancellation = cancellation;
        this.response = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        this.registration = cancellation.onCancel(this::abort);
    }

    /**
     * Sends {@code request} and returns the open call once a 2xx status arrived.
     *
     * @param errors turns a non-2xx status and its (bounded) body into the exception to throw
     */
    public static StreamingCall open(HttpClient client, HttpRequest request, Cancellation cancellation,
                              BiFunction<Integer, String, ModelException> errors) {
        cancellation.throwIfCancelled();
        var call = new StreamingCall(client, request, cancellation);
        try {
            HttpResponse<InputStream> r = call.response.get();
            call.body = r.body();
            if (cancellation.isCancelled()) {
                call.close();
                throw new CancellationException("cancelled");
            }
            if (r.statusCode() / 100 != 2) {
                String text;
                try (InputStream in = r.body()) {
                    text = new String(in.readNBytes(16 * 1024), StandardCharsets.UTF_8);
                }
                call.close();
                throw errors.apply(r.statusCode(), text);
            }
            return call;
        } catch (CancellationException e) {
            call.close();
            throw new CancellationException("cancelled");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.close();
            throw new CancellationException("interrupted");
        } catch (ExecutionException | IOException e) {
            call.close();
            throw call.failure(e instanceof ExecutionException ee ? ee.getCause() : e);
        }
    }

    /**
     * Sends {@code request} and hands each server-sent event's data to {@code onEvent} until the
     * stream ends or {@code onEvent} returns false; cancellation is checked between events.
     *
     * @param errors turns a non-2xx status and its (bounded) body into the exception to throw
     */
    public static void readEvents(HttpClient client, HttpRequest request, Cancellation cancellation,
                                  BiFunction<Integer, String, ModelException> errors, Predicate<String> onEvent) {
        try (var call = open(client, request, cancellation, errors)) {
            var events = new SseEvents(call.body());
            try {
                Optional<String> data;
                while ((data = events.next()).isPresent() && onEvent.test(data.get())) {
                    cancellation.throwIfCancelled();
                }
            } catch (IOException e) {
                throw call.failure(e);
            }
            cancellation.throwIfCancelled();
        }
    }

    public InputStream body() {
        return body;
    }

    /** The exception for an I/O failure while streaming: cancellation wins, else a retryable model error. */
    public RuntimeException failure(Throwable cause) {
        if (cancellation.isCancelled()) {
            return new CancellationException("cancelled");
        }
        if (cause instanceof HttpTimeoutException) {
            return new ModelException("the model server did not answer in time", true, cause);
        }
        LOG.log(System.Logger.Level.DEBUG, "model server connection failed", cause);
        return new ModelException("the connection to the model server failed", true, cause);
    }

    private void abort() {
        response.cancel(true);
        InputStream in = body;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing an aborted stream failed", e);
            }
        }
    }

    @Override
    public void close() {
        registration.close();
        abort();
    }
}

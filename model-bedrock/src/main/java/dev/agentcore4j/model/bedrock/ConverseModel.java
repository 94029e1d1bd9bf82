package dev.agentcore4j.model.bedrock;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.ModelEvent;
import dev.agentcore4j.agent.ModelEventSink;
import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.Role;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamOutput;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamResponseHandler;

/**
 * The Bedrock client behind {@link BedrockModel}. The SDK delivers stream events on its own threads;
 * they are queued and handed to the sink on the caller's thread, as the {@code Model} contract wants.
 * Cancelling cancels the SDK future, which aborts the HTTP exchange.
 */
final class ConverseModel implements BedrockModel {

    private static final System.Logger LOG = System.getLogger(ConverseModel.class.getName());

    private sealed interface Signal { }

    private record Done() implements Signal { }

    private record Failed(Throwable cause) implements Signal { }

    private record Cancelled() implements Signal { }

    private final BedrockConfig config;
    private final ModelInfo info;
    private final BedrockRuntimeAsyncClient client;
    private final ObjectMapper json = new ObjectMapper();

    ConverseModel(BedrockConfig config, AwsCredentialsProvider credentials) {
        this.config = Objects.requireNonNull(config, "config");
        this.info = new ModelInfo("bedrock", config.modelId(), false);
        var builder = BedrockRuntimeAsyncClient.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(Objects.requireNonNull(credentials, "credentials"))
                // ConverseStream is a one-way stream: HTTP/1.1 is enough and works with plain-http endpoints too
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP1_1))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
        config.endpointOverride().ifPresent(builder::endpointOverride);
        this.client = builder.build();
    }

    @Override
    public BedrockConfig config() {
        return config;
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public void converse(ModelRequest request, ModelEventSink sink, Cancellation cancellation) {
        cancellation.throwIfCancelled();
        ConverseInput input = ConverseInput.of(request, config);
        LOG.log(System.Logger.Level.DEBUG, "model={0} messages={1} tools={2} streaming={3} | Bedrock request",
                config.modelId(), request.messages().size(), request.tools().size(), config.streaming());
        if (config.streaming()) {
            stream(input, sink, cancellation);
        } else {
            once(input, sink, cancellation);
        }
    }

    private void stream(ConverseInput input, ModelEventSink sink, Cancellation cancellation) {
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        var handler = ConverseStreamResponseHandler.builder()
                .subscriber(queue::add)
                .onError(t -> queue.add(new Failed(t)))
                .onComplete(() -> queue.add(new Done()))
                .build();
        CompletableFuture<Void> future = client.converseStream(input.streamRequest(config.modelId()), handler);
        future.whenComplete((_, t) -> queue.add(t == null ? new Done() : new Failed(t)));
        var events = new ConverseEvents(json, sink);
        try (var _ = cancellation.onCancel(() -> {
            future.cancel(true);
            queue.add(new Cancelled());
        })) {
            while (true) {
                Object item = take(queue, cancellation);
                switch (item) {
                    case ConverseStreamOutput event -> events.accept(event);
                    case Done _ -> {
                        cancellation.throwIfCancelled();
                        events.finish();
                        return;
                    }
                    case Failed(Throwable cause) -> {
                        cancellation.throwIfCancelled();
                        throw BedrockErrors.map(cause);
                    }
                    case Cancelled _ -> throw new CancellationException("cancelled");
                    default -> throw new IllegalStateException("unexpected stream item " + item.getClass());
                }
                cancellation.throwIfCancelled();
            }
        } finally {
            future.cancel(true); // a sink that threw must not leave the stream running
        }
    }

    private void once(ConverseInput input, ModelEventSink sink, Cancellation cancellation) {
        CompletableFuture<ConverseResponse> future = client.converse(input.request(config.modelId()));
        ConverseResponse response;
        try (var _ = cancellation.onCancel(() -> future.cancel(true))) {
            response = future.get();
        } catch (CancellationException e) {
            throw new CancellationException("cancelled");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            cancellation.throwIfCancelled();
            throw BedrockErrors.map(e.getCause());
        }
        cancellation.throwIfCancelled();
        sink.accept(new ModelEvent.MessageStart(Role.ASSISTANT));
        var message = response.output() == null ? null : response.output().message();
        if (message != null) {
            for (ContentBlock block : message.content()) {
                ConverseBlocks.emit(block, sink);
            }
        }
        sink.accept(new ModelEvent.UsageReport(ConverseEvents.usage(response.usage())));
        sink.accept(new ModelEvent.MessageStop(ConverseEvents.stopReason(response.stopReasonAsString())));
    }

    private static Object take(BlockingQueue<Object> queue, Cancellation cancellation) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(cancellation.isCancelled() ? "cancelled" : "interrupted");
        }
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "BedrockModel[" + config + "]";
    }
}

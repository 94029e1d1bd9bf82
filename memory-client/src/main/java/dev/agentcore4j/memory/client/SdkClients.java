package dev.agentcore4j.memory.client;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * The two SDK clients Memory needs, built on first use: building them loads a few thousand SDK
 * classes, which must not delay a container's first {@code /ping}. Calls are bounded (5 s per
 * attempt, 15 s with the SDK's retries) so that an unreachable Memory slows a turn, never hangs it.
 */
final class SdkClients implements AutoCloseable {

    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

    private final MemoryConfig config;
    private BedrockAgentCoreClient data;
    private BedrockAgentCoreControlClient control;
    private boolean closed;

    SdkClients(MemoryConfig config) {
        this.config = config;
    }

    synchronized BedrockAgentCoreClient data() {
        requireOpen();
        if (data == null) {
            var builder = BedrockAgentCoreClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                    .overrideConfiguration(overrides());
            config.region().map(Region::of).ifPresent(builder::region);
            config.dataEndpoint().ifPresent(builder::endpointOverride);
            config.credentials().map(StaticCredentialsProvider::create).ifPresent(builder::credentialsProvider);
            data = builder.build();
        }
        return data;
    }

    synchronized BedrockAgentCoreControlClient control() {
        requireOpen();
        if (control == null) {
            var builder = BedrockAgentCoreControlClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                    .overrideConfiguration(overrides());
            config.region().map(Region::of).ifPresent(builder::region);
            config.controlEndpoint().ifPresent(builder::endpointOverride);
            config.credentials().map(StaticCredentialsProvider::create).ifPresent(builder::credentialsProvider);
            control = builder.build();
        }
        return control;
    }

    private static ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder().apiCallAttemptTimeout(ATTEMPT_TIMEOUT).apiCallTimeout(CALL_TIMEOUT).build();
    }

    private void requireOpen() {
        if (closed) {
            throw new MemoryException("this memory client is closed");
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (data != null) {
            data.close();
        }
        if (control != null) {
            control.close();
        }
    }
}

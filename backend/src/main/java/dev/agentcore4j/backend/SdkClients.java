package dev.agentcore4j.backend;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * The official AWS SDK clients for the data plane and the control plane, one pair per endpoint and
 * region (the settings may change either), kept until {@link #close}. A loopback endpoint (the twin)
 * gets an endpoint override and local credentials; {@code aws} gets the regional endpoint and the
 * default credentials chain.
 */
final class SdkClients implements AutoCloseable {

    private static final AwsBasicCredentials LOCAL = AwsBasicCredentials.create("local", "local");

    private record Key(String endpoint, String region, Optional<String> jwt) {
    }

    private final Map<Key, BedrockAgentCoreClient> data = new HashMap<>();
    private final Map<Key, BedrockAgentCoreControlClient> control = new HashMap<>();

    /**
     * The data-plane client. With a JWT its requests are not signed: they carry
     * {@code Authorization: Bearer <jwt>} instead, as runtimes with a {@code customJWTAuthorizer} require.
     */
    synchronized BedrockAgentCoreClient data(String endpoint, String region, Optional<String> jwt) {
        return data.computeIfAbsent(new Key(endpoint, region, jwt), k -> {
            var builder = BedrockAgentCoreClient.builder().region(Region.of(region))
                    .httpClientBuilder(UrlConnectionHttpClient.builder());
            if (jwt.isPresent()) {
                builder.credentialsProvider(AnonymousCredentialsProvider.create())
                        .overrideConfiguration(o -> o.addExecutionInterceptor(new BearerToken(jwt.get())));
            } else {
                builder.credentialsProvider(credentials(endpoint));
            }
            if (!endpoint.equals(Addresses.AWS)) {
                builder.endpointOverride(URI.create(endpoint));
            }
            return builder.build();
        });
    }

    /** Adds the bearer token to every request of an unsigned client. */
    private record BearerToken(String jwt) implements ExecutionInterceptor {
        @Override
        public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
            return context.httpRequest().toBuilder().putHeader("Authorization", "Bearer " + jwt).build();
        }

        @Override
        public String toString() {
            return "BearerToken[****]"; // never the token
        }
    }

    synchronized BedrockAgentCoreControlClient control(String endpoint, String region) {
        return control.computeIfAbsent(new Key(endpoint, region, Optional.empty()), k -> {
            var builder = BedrockAgentCoreControlClient.builder().region(Region.of(region))
                    .credentialsProvider(credentials(endpoint)).httpClientBuilder(UrlConnectionHttpClient.builder());
            if (!endpoint.equals(Addresses.AWS)) {
                builder.endpointOverride(URI.create(endpoint));
            }
            return builder.build();
        });
    }

    private static AwsCredentialsProvider credentials(String endpoint) {
        return endpoint.equals(Addresses.AWS) ? DefaultCredentialsProvider.builder().build() : StaticCredentialsProvider.create(LOCAL);
    }

    /** An SDK failure as what the client sees: unreachable (503, how to start the twin) or the service's error (502). */
    static ApiException failure(RuntimeException e, String endpoint) {
        if (e instanceof software.amazon.awssdk.awscore.exception.AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? "" : service.awsErrorDetails().errorCode() + ": ";
            String message = service.awsErrorDetails() == null ? service.getMessage() : service.awsErrorDetails().errorMessage();
            return ApiException.upstream("AgentCore at " + endpoint + " answered " + service.statusCode() + " " + code + message);
        }
        if (e instanceof SdkClientException) {
            return ApiException.unavailable("cannot reach AgentCore at " + endpoint + " (" + e.getMessage()
                    + "): start the local twin with ./ac4j up, or set another endpoint with PUT /api/settings");
        }
        return ApiException.upstream("calling AgentCore at " + endpoint + " failed: " + e.getClass().getSimpleName());
    }

    @Override
    public synchronized void close() {
        data.values().forEach(BedrockAgentCoreClient::close);
        control.values().forEach(BedrockAgentCoreControlClient::close);
        data.clear();
        control.clear();
    }
}

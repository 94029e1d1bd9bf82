package dev.agentcore4j.backend;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
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

    private record Key(String endpoint, String region) {
    }

    private final Map<Key, BedrockAgentCoreClient> data = new HashMap<>();
    private final Map<Key, BedrockAgentCoreControlClient> control = new HashMap<>();

    synchronized BedrockAgentCoreClient data(String endpoint, String region) {
        return data.computeIfAbsent(new Key(endpoint, region), k -> {
            var builder = BedrockAgentCoreClient.builder().region(Region.of(region)).credentialsProvider(credentials(endpoint))
                    .httpClientBuilder(UrlConnectionHttpClient.builder());
            if (!endpoint.equals(Addresses.AWS)) {
                builder.endpointOverride(URI.create(endpoint));
            }
            return builder.build();
        });
    }

    synchronized BedrockAgentCoreControlClient control(String endpoint, String region) {
        return control.computeIfAbsent(new Key(endpoint, region), k -> {
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

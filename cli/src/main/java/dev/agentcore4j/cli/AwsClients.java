package dev.agentcore4j.cli;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * The official AWS SDK clients, pointed at the local twin (an endpoint override and dummy
 * credentials) or, without an endpoint, at AWS itself with the default credentials chain.
 */
final class AwsClients {

    /** Credentials the twin accepts (it does not check signatures unless configured to). */
    static final AwsBasicCredentials LOCAL = AwsBasicCredentials.create("local", "local");

    private AwsClients() {
    }

    static BedrockAgentCoreControlClient control(Optional<URI> endpoint, Region region) {
        var builder = BedrockAgentCoreControlClient.builder().region(region).credentialsProvider(credentials(endpoint))
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    static BedrockAgentCoreClient data(Optional<URI> endpoint, Region region) {
        var builder = BedrockAgentCoreClient.builder().region(region).credentialsProvider(credentials(endpoint))
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(Optional<URI> endpoint) {
        return endpoint.isPresent() ? StaticCredentialsProvider.create(LOCAL) : DefaultCredentialsProvider.builder().build();
    }
}

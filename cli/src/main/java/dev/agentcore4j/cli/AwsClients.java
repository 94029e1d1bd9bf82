package dev.agentcore4j.cli;

import dev.agentcore4j.contract.RuntimeRole;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcore.endpoints.BedrockAgentCoreEndpointProvider;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The official AWS SDK clients, pointed at the local twin (an endpoint override and dummy
 * credentials) or, without an endpoint, at AWS itself with the default credentials chain. AWS
 * clients resolve their endpoint the SDK's standard way, so {@code AWS_ENDPOINT_URL_<SERVICE>} (or
 * {@code aws.endpointUrl<Service>}) redirects one service, e.g. to a local stand-in.
 */
final class AwsClients {

    /** Credentials the twin accepts (it does not check signatures unless configured to). */
    static final AwsBasicCredentials LOCAL = AwsBasicCredentials.create("local", "local");

    private AwsClients() {
    }

    static BedrockAgentCoreControlClient control(Optional<URI> endpoint, Region region) {
        var builder = BedrockAgentCoreControlClient.builder().region(region).credentialsProvider(credentials(endpoint))
                .overrideConfiguration(o -> o.addExecutionInterceptor(new RequireMmdsV2()))
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

    static StsClient sts(Region region) {
        return StsClient.builder().region(region).credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    static EcrClient ecr(Region region) {
        return EcrClient.builder().region(region).credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /** IAM is global: its client takes the partition's global region ({@code aws-global} for {@code aws}). */
    static IamClient iam(Region region) {
        Region global = switch (RuntimeRole.partition(region.id())) {
            case "aws-cn" -> Region.AWS_CN_GLOBAL;
            case "aws-us-gov" -> Region.AWS_US_GOV_GLOBAL;
            default -> Region.AWS_GLOBAL;
        };
        return IamClient.builder().region(global).credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    static CloudWatchLogsClient logs(Region region) {
        return CloudWatchLogsClient.builder().region(region).credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /**
     * Where AgentCore's data plane is for {@code region}, as the data-plane client would resolve it: an
     * override ({@code aws.endpointUrlBedrockAgentCore}, {@code AWS_ENDPOINT_URL_BEDROCK_AGENTCORE}, then
     * the global {@code aws.endpointUrl}/{@code AWS_ENDPOINT_URL}), else the SDK's endpoint rules, e.g.
     * {@code https://bedrock-agentcore.us-east-1.amazonaws.com}. Profile-file overrides are not read here.
     */
    static URI dataPlaneEndpoint(Region region) {
        for (String value : new String[] {System.getProperty("aws.endpointUrlBedrockAgentCore"),
                System.getenv("AWS_ENDPOINT_URL_BEDROCK_AGENTCORE"), System.getProperty("aws.endpointUrl"),
                System.getenv("AWS_ENDPOINT_URL")}) {
            if (value != null && !value.isBlank()) {
                return URI.create(value.strip().replaceFirst("/+$", ""));
            }
        }
        return BedrockAgentCoreEndpointProvider.defaultProvider().resolveEndpoint(b -> b.region(region)).join().url();
    }

    private static AwsCredentialsProvider credentials(Optional<URI> endpoint) {
        return endpoint.isPresent() ? StaticCredentialsProvider.create(LOCAL) : DefaultCredentialsProvider.builder().build();
    }
}

package dev.agentcore4j.awsfakes;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/** The official SDK clients, each pointed at one fake with test credentials. */
final class Clients {

    static final String ACCOUNT = "210987654321";
    static final String REGION = "eu-west-1";

    private Clients() {
    }

    static EcrClient ecr(AwsFakes aws) {
        return configure(EcrClient.builder(), aws.ecr().endpoint()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    static IamClient iam(AwsFakes aws) {
        return configure(IamClient.builder(), aws.iam().endpoint()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    static StsClient sts(AwsFakes aws) {
        return configure(StsClient.builder(), aws.sts().endpoint()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    static CloudWatchLogsClient logs(AwsFakes aws) {
        return configure(CloudWatchLogsClient.builder(), aws.logs().endpoint())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private static <B extends AwsClientBuilder<B, ?>> B configure(B builder, URI endpoint) {
        return builder.region(Region.of(REGION)).endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "fake-secret")));
    }
}

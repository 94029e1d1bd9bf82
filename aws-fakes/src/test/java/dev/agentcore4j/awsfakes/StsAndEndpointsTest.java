package dev.agentcore4j.awsfakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

class StsAndEndpointsTest {

    private final AwsFakes aws = AwsFakes.start(Clients.ACCOUNT, Clients.REGION);

    @AfterEach
    void close() {
        aws.endpointProperties().keySet().forEach(System::clearProperty);
        aws.close();
    }

    @Test
    void get_caller_identity_names_the_account_and_the_assumed_deploy_role() {
        try (StsClient sts = Clients.sts(aws)) {
            GetCallerIdentityResponse identity = sts.getCallerIdentity();
            assertThat(identity.account()).isEqualTo("210987654321");
            assertThat(identity.arn()).isEqualTo("arn:aws:sts::210987654321:assumed-role/AgentCore4JDeploy/ac4j-deploy");
            assertThat(identity.userId()).contains(":");
        }
        assertThat(aws.calls().operations()).containsExactly("sts:GetCallerIdentity");
    }

    /** SDK 2.40.2 reads aws.endpointUrl<Service> without any endpointOverride in code: what launch --aws relies on. */
    @Test
    void the_sdk_finds_the_fakes_through_the_standard_endpoint_system_properties() {
        Map<String, String> properties = aws.endpointProperties();
        assertThat(properties).containsOnlyKeys("aws.endpointUrlEcr", "aws.endpointUrlIam", "aws.endpointUrlSts",
                "aws.endpointUrlCloudWatchLogs");
        assertThat(aws.endpointEnvironment()).containsEntry("AWS_ENDPOINT_URL_STS", aws.sts().endpoint().toString());
        properties.forEach(System::setProperty);
        try (StsClient sts = StsClient.builder().region(Region.EU_WEST_1).httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "s"))).build()) {
            assertThat(sts.getCallerIdentity().account()).isEqualTo("210987654321");
        }
        assertThat(aws.calls().only("sts", "GetCallerIdentity").signingRegion()).isEqualTo("eu-west-1");
    }
}

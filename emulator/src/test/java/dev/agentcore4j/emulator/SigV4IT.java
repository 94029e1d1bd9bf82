package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/** SigV4 verification on: the official SDK clients sign with the right and with wrong credentials. */
class SigV4IT {

    static TwinFixture fixture;
    static String arn;

    @BeforeAll
    static void start() {
        fixture = new TwinFixture(b -> b.credentials("AKIDLOCAL", "local-secret"));
        arn = fixture.createReady("signed").agentRuntimeArn();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static BedrockAgentCoreControlClient control(String key, String secret) {
        return BedrockAgentCoreControlClient.builder().region(Region.US_EAST_1).endpointOverride(fixture.twin.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private static BedrockAgentCoreClient data(String key, String secret) {
        return BedrockAgentCoreClient.builder().region(Region.US_EAST_1).endpointOverride(fixture.twin.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @Test
    void requests_signed_with_the_configured_secret_pass_on_both_planes() {
        assertThat(fixture.control.listAgentRuntimes(b -> b.maxResults(5)).agentRuntimes()).isNotEmpty();
        String session = TwinFixture.session("signed");
        var answer = fixture.data.invokeAgentRuntimeAsBytes(b -> b.agentRuntimeArn(arn).runtimeSessionId(session)
                .qualifier("DEFAULT").payload(SdkBytes.fromUtf8String("{\"op\":\"count\"}")));
        assertThat(answer.asUtf8String()).contains("\"count\":1");
        fixture.data.stopRuntimeSession(b -> b.agentRuntimeArn(arn).runtimeSessionId(session));
    }

    @Test
    void a_wrong_secret_is_403_invalid_signature_on_the_control_plane() {
        try (var wrong = control("AKIDLOCAL", "not-the-secret")) {
            assertThatThrownBy(() -> wrong.listAgentRuntimes(b -> b.maxResults(5)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                        assertThat(e.awsErrorDetails().errorMessage()).startsWith("The request signature we calculated");
                    });
        }
    }

    @Test
    void a_wrong_secret_is_403_invalid_signature_on_invoke() {
        try (var wrong = data("AKIDLOCAL", "not-the-secret")) {
            assertThatThrownBy(() -> wrong.invokeAgentRuntimeAsBytes(b -> b.agentRuntimeArn(arn)
                    .runtimeSessionId(TwinFixture.session("wrong")).payload(SdkBytes.fromUtf8String("{}"))))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                    });
        }
    }

    @Test
    void an_unknown_access_key_is_403_unrecognized_client() {
        try (var stranger = control("AKIDSTRANGER", "local-secret")) {
            assertThatThrownBy(() -> stranger.listAgentRuntimes(b -> b.maxResults(5)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                    });
        }
    }

    @Test
    void an_unsigned_request_is_403_missing_authentication_token() throws Exception {
        HttpResponse<String> response = fixture.raw("POST", "/runtimes/"
                + URLEncoder.encode(arn, StandardCharsets.UTF_8) + "/invocations", "{}",
                "X-Amzn-Bedrock-AgentCore-Runtime-Session-Id", TwinFixture.session("unsigned"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
    }
}

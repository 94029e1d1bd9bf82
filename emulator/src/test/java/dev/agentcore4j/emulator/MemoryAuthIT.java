package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcore.model.Role;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStatus;

/** Memory routes sit behind the twin's SigV4 check and CORS, like the runtime routes. */
class MemoryAuthIT {

    static TwinFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new TwinFixture(b -> b.credentials("AKIDLOCAL", "local-secret"));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void memory_calls_signed_with_the_configured_secret_pass_and_a_wrong_secret_is_refused() {
        String id = fixture.control.createMemory(b -> b.name("signed_memory").eventExpiryDuration(30)).memory().id();
        MemoryFixture.await(() -> fixture.control.getMemory(b -> b.memoryId(id)).memory().status()
                == MemoryStatus.ACTIVE, "the memory to become ACTIVE");
        fixture.data.createEvent(b -> b.memoryId(id).actorId("a").sessionId("s").eventTimestamp(java.time.Instant.now())
                .payload(MemoryFixture.message(Role.USER, "signed")));

        try (BedrockAgentCoreClient wrong = BedrockAgentCoreClient.builder().region(Region.US_EAST_1)
                .endpointOverride(fixture.twin.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCAL", "nope")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            assertThatThrownBy(() -> wrong.listEvents(b -> b.memoryId(id).actorId("a").sessionId("s")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                    });
        }
    }

    @Test
    void an_unsigned_memory_call_is_refused_and_a_browser_preflight_is_answered() throws Exception {
        HttpResponse<String> unsigned = fixture.raw("POST", "/memories/", "{}");
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(unsigned.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");

        HttpResponse<String> preflight = fixture.raw("OPTIONS", "/memories/demo-0123456789/events", "",
                "Origin", "http://localhost:5173", "Access-Control-Request-Method", "POST");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
    }
}

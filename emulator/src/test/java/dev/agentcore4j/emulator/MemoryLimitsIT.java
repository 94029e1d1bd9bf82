package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcore.model.Role;
import software.amazon.awssdk.services.bedrockagentcore.model.ThrottledException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ServiceQuotaExceededException;

/** Memory's limits, configurable like the service quotas: memories per account, calls per second. */
class MemoryLimitsIT {

    MemoryFixture fixture;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void creating_a_memory_past_the_quota_is_service_quota_exceeded() {
        fixture = new MemoryFixture(b -> b.maxMemories(2));
        fixture.twin.control.createMemory(b -> b.name("first").eventExpiryDuration(30));
        fixture.twin.control.createMemory(b -> b.name("second").eventExpiryDuration(30));

        assertThatThrownBy(() -> fixture.twin.control.createMemory(b -> b.name("third").eventExpiryDuration(30)))
                .isInstanceOf(ServiceQuotaExceededException.class).hasMessageContaining("already has 2 memories");
    }

    @Test
    void data_plane_calls_past_the_rate_are_throttled() {
        fixture = new MemoryFixture(b -> b.requestsPerSecond(3));
        String memoryId = fixture.activeMemory(b -> b.name("throttled"));

        try (BedrockAgentCoreClient once = BedrockAgentCoreClient.builder().region(Region.US_EAST_1)
                .endpointOverride(fixture.twin.twin.endpoint()).credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 20; i++) {
                    once.createEvent(b -> b.memoryId(memoryId).actorId("a").sessionId("s").eventTimestamp(Instant.now())
                            .payload(MemoryFixture.message(Role.USER, "hello")));
                }
            }).isInstanceOfSatisfying(ThrottledException.class, e -> org.assertj.core.api.Assertions
                    .assertThat(e.statusCode()).isEqualTo(429));
        }
    }
}

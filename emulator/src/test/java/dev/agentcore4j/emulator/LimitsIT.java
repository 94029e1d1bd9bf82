package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockagentcore.model.ServiceQuotaExceededException;

/** The documented limits, shrunk by configuration: rate per runtime, active sessions, streaming time. */
class LimitsIT {

    @Test
    void calls_over_the_runtime_rate_are_429_throttling() throws Exception {
        try (TwinFixture fixture = new TwinFixture(b -> b.invocationsPerSecond(3))) {
            String path = "/runtimes/" + URLEncoder.encode(fixture.createReady("throttled").agentRuntimeArn(),
                    StandardCharsets.UTF_8) + "/invocations";
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> throttled = null;
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> response = fixture.raw("POST", path, "{\"op\":\"count\"}",
                        "X-Amzn-Bedrock-AgentCore-Runtime-Session-Id", TwinFixture.session("rate"));
                statuses.add(response.statusCode());
                if (response.statusCode() == 429) {
                    throttled = response;
                }
            }
            assertThat(statuses).contains(200, 429);
            assertThat(throttled.headers().firstValue("x-amzn-ErrorType")).hasValue("ThrottlingException");
        }
    }

    @Test
    void a_new_session_past_the_quota_is_service_quota_exceeded_until_one_stops() {
        try (TwinFixture fixture = new TwinFixture(b -> b.maxSessions(2))) {
            String arn = fixture.createReady("quota").agentRuntimeArn();
            fixture.invoke(arn, TwinFixture.session("q1"), "{}");
            fixture.invoke(arn, TwinFixture.session("q2"), "{}");
            fixture.invoke(arn, TwinFixture.session("q1"), "{}");
            assertThatThrownBy(() -> fixture.invoke(arn, TwinFixture.session("q3"), "{}"))
                    .isInstanceOf(ServiceQuotaExceededException.class)
                    .hasMessageContaining("Active session quota exceeded");
            fixture.data.stopRuntimeSession(b -> b.agentRuntimeArn(arn).runtimeSessionId(TwinFixture.session("q1")));
            assertThat(fixture.invoke(arn, TwinFixture.session("q3"), "{}")).contains("\"count\":1");
        }
    }

    @Test
    void a_stream_is_cut_off_at_the_streaming_time_limit() throws Exception {
        try (TwinFixture fixture = new TwinFixture(b -> b.streamingTimeout(Duration.ofMillis(700)))) {
            String arn = fixture.createReady("stream_limit").agentRuntimeArn();
            long started = System.nanoTime();
            try (InputStream body = fixture.data.invokeAgentRuntime(b -> b.agentRuntimeArn(arn)
                    .runtimeSessionId(TwinFixture.session("limit")).accept("text/event-stream")
                    .payload(SdkBytes.fromUtf8String("{\"op\":\"gated-stream\"}")))) {
                String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).contains("first").doesNotContain("second");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        }
    }
}

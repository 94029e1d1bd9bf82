package dev.agentcore4j.awsfakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OrderBy;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

class LogsFakeTest {

    private static final String GROUP = "/aws/bedrock-agentcore/runtimes/my_agent-AbCdE12345-DEFAULT";
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final AwsFakes aws = AwsFakes.start(Clients.ACCOUNT, Clients.REGION);
    private final CloudWatchLogsClient logs = Clients.logs(aws);

    @AfterEach
    void close() {
        logs.close();
        aws.close();
    }

    @Test
    void filter_log_events_returns_seeded_events_in_time_order_across_pages() {
        aws.logs().append(GROUP, "2026/11/25/[runtime-logs]b", T0.plusSeconds(2), "second");
        aws.logs().append(GROUP, "2026/11/25/[runtime-logs]a", T0.plusSeconds(1), "first");
        aws.logs().append(GROUP, "2026/11/25/[runtime-logs]a", T0.plusSeconds(3), "third");
        aws.logs().append(GROUP, "2026/11/25/[runtime-logs]a", T0.minusSeconds(60), "too old");

        List<FilteredLogEvent> events = logs.filterLogEventsPaginator(b -> b.logGroupName(GROUP)
                .startTime(T0.toEpochMilli()).limit(2)).events().stream().toList();

        assertThat(events).extracting(FilteredLogEvent::message).containsExactly("first", "second", "third");
        assertThat(events.getFirst().logStreamName()).isEqualTo("2026/11/25/[runtime-logs]a");
        assertThat(events.getFirst().timestamp()).isEqualTo(T0.plusSeconds(1).toEpochMilli());
        assertThat(aws.calls().of("logs", "FilterLogEvents")).hasSize(2);
    }

    @Test
    void a_filter_pattern_keeps_events_holding_every_term() {
        aws.logs().append(GROUP, "s", T0, "session=abc tool=weather | tool failed");
        aws.logs().append(GROUP, "s", T0.plusSeconds(1), "session=abc | answered");
        assertThat(logs.filterLogEvents(b -> b.logGroupName(GROUP).filterPattern("\"tool failed\"")).events())
                .extracting(FilteredLogEvent::message).containsExactly("session=abc tool=weather | tool failed");
    }

    @Test
    void streams_are_described_newest_first_and_a_missing_group_is_not_found() {
        aws.logs().append(GROUP, "old", T0, "x");
        aws.logs().append(GROUP, "new", T0.plusSeconds(9), "y");
        assertThat(logs.describeLogStreams(b -> b.logGroupName(GROUP).orderBy(OrderBy.LAST_EVENT_TIME).descending(true))
                .logStreams()).extracting(LogStream::logStreamName).containsExactly("new", "old");
        assertThatThrownBy(() -> logs.filterLogEvents(b -> b.logGroupName("/aws/bedrock-agentcore/runtimes/none-DEFAULT")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("The specified log group does not exist.");
    }
}

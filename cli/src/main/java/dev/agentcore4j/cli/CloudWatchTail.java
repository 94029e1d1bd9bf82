package dev.agentcore4j.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/**
 * The recent events of a runtime's CloudWatch log group ({@code FilterLogEvents}, every page), oldest
 * first, one line each: time, stream, message.
 */
final class CloudWatchTail {

    private static final Pattern SHORT = Pattern.compile("([0-9]+)([smhd])");

    private CloudWatchTail() {
    }

    /**
     * Prints the events of {@code group} since {@code since}, only those mentioning {@code session} when given.
     *
     * @return how many events were printed; a group that does not exist yet prints none and says why
     */
    static int print(CloudWatchLogsClient logs, String group, Instant since, Optional<String> session, PrintStream out,
                     PrintStream err) {
        int count = 0;
        try {
            var events = logs.filterLogEventsPaginator(b -> {
                b.logGroupName(group).startTime(since.toEpochMilli());
                session.ifPresent(id -> b.filterPattern("\"" + id + "\""));
            }).events();
            for (FilteredLogEvent event : events) {
                out.printf("%s  %s  %s%n", Instant.ofEpochMilli(event.timestamp()), event.logStreamName(),
                        event.message().stripTrailing());
                count++;
            }
        } catch (ResourceNotFoundException missing) {
            err.println("no log group " + group + " yet: AgentCore creates it when the runtime first starts a session"
                    + " (invoke it, e.g. ./ac4j invoke --endpoint aws --runtime <name> hello)");
            return 0;
        }
        if (count == 0) {
            err.println("no events in " + group + " since " + since + session.map(s -> " mentioning " + s).orElse("")
                    + ": invoke the runtime, or look further back with --since");
        }
        return count;
    }

    /** {@code 90s}, {@code 10m}, {@code 1h}, {@code 2d} or an ISO-8601 duration such as {@code PT1H30M}. */
    static Duration parse(String text) {
        Matcher matcher = SHORT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long n = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            Duration duration = Duration.parse(text.strip());
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (DateTimeParseException e) {
            // reported below with the accepted forms
        }
        throw new IllegalArgumentException("--since '" + text + "' is not a duration: use e.g. 90s, 10m, 1h, 2d or PT1H30M");
    }
}

package dev.agentcore4j.cli;

import dev.agentcore4j.contract.RuntimeRole;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;

/**
 * Retries a create or update of a runtime while AgentCore cannot assume its execution role yet: IAM is
 * eventually consistent, so a role created seconds earlier is refused with {@code ValidationException}
 * "Role validation failed for '<role ARN>'" until it has propagated (usually seconds). Any other error
 * passes through at once.
 *
 * @param attempts how many calls in all, at least 1
 * @param first    the wait after the first refusal; it doubles after each one
 * @param max      the longest wait
 */
record RoleRetry(int attempts, Duration first, Duration max) {

    /** 1, 2, 4, 8, 16, 16, 16 s: about a minute over 8 attempts. */
    static final RoleRetry IAM_PROPAGATION = new RoleRetry(8, Duration.ofSeconds(1), Duration.ofSeconds(16));

    RoleRetry {
        if (attempts < 1 || first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need attempts >= 1 and 0 <= first <= max, got " + attempts + ", " + first + ", " + max);
        }
    }

    <T> T run(String roleArn, PrintStream progress, Supplier<T> call) throws InterruptedException {
        Duration delay = first;
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ValidationException e) {
                if (!roleNotAssumable(e)) {
                    throw e;
                }
                if (attempt == attempts) {
                    throw new IllegalStateException("AgentCore still cannot assume " + roleArn + " after " + attempt
                            + " attempts over " + waited.toSeconds() + " s (" + message(e) + "): check that its trust policy"
                            + " allows " + RuntimeRole.SERVICE_PRINCIPAL + " (./ac4j launch --aws rewrites it) and launch again", e);
                }
                progress.printf("  AgentCore cannot assume %s yet (IAM is still propagating it): retrying in %s"
                        + " (attempt %d of %d)%n", roleArn, seconds(delay), attempt + 1, attempts);
                Thread.sleep(delay);
                waited = waited.plus(delay);
                delay = delay.multipliedBy(2).compareTo(max) > 0 ? max : delay.multipliedBy(2);
            }
        }
    }

    /** AgentCore's words when the role exists but cannot be assumed (yet). */
    static boolean roleNotAssumable(ValidationException e) {
        return message(e).toLowerCase(Locale.ROOT).contains("role validation failed");
    }

    private static String message(ValidationException e) {
        String message = e.awsErrorDetails() != null ? e.awsErrorDetails().errorMessage() : e.getMessage();
        return message == null ? "" : message;
    }

    private static String seconds(Duration delay) {
        return delay.toMillis() % 1000 == 0 ? delay.toSeconds() + " s" : delay.toMillis() + " ms";
    }
}

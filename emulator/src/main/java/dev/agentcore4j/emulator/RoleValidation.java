package dev.agentcore4j.emulator;

import dev.agentcore4j.contract.AwsErrorType;
import java.util.HashMap;
import java.util.Map;

/**
 * IAM's eventual consistency, on demand ({@link TwinConfig#roleValidationFailures()}): AgentCore checks
 * that it can assume the execution role when a runtime is created or updated, and a role made seconds
 * earlier may not have propagated yet. The service then answers {@code ValidationException} with
 * "Role validation failed for '<role ARN>'" — the error deploy tools retry on. With {@code n > 0} the
 * twin refuses the first {@code n} create/update calls naming each role ARN it has not accepted yet,
 * so a client's retry is exercised against the real error shape. Off (0) by default.
 */
final class RoleValidation {

    private final int failures;
    private final Map<String, Integer> refused = new HashMap<>();

    RoleValidation(int failures) {
        this.failures = failures;
    }

    synchronized void check(String roleArn) {
        int count = refused.getOrDefault(roleArn, 0);
        if (count < failures) {
            refused.put(roleArn, count + 1);
            throw TwinException.of(AwsErrorType.VALIDATION, "Role validation failed for '" + roleArn
                    + "'. Please verify that the role exists and its trust policy allows assumption by this service.");
        }
    }
}

package dev.agentcore4j.emulator;

import static dev.agentcore4j.contract.DataPlaneContract.ACCOUNT_ID_PARAM;
import static dev.agentcore4j.contract.DataPlaneContract.QUALIFIER_PARAM;

import dev.agentcore4j.contract.AwsErrorType;
import dev.agentcore4j.contract.ControlPlaneContract;
import dev.agentcore4j.contract.DataPlaneContract;
import dev.agentcore4j.emulator.Records.Endpoint;
import dev.agentcore4j.emulator.Records.Runtime;
import dev.agentcore4j.emulator.Records.Status;
import dev.agentcore4j.emulator.Records.Version;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a data-plane path label (a percent-encoded runtime ARN, or a runtime id with
 * {@code accountId}) and a {@code qualifier} (DEFAULT, an endpoint name, or a version) to the
 * runtime version that serves it.
 */
final class Targets {

    private static final Pattern ARN =
            Pattern.compile("arn:aws[a-z-]*:bedrock-agentcore:([a-z0-9-]+):([0-9]{12}):runtime/(.+)");

    record Target(Runtime runtime, Version version) {
    }

    private final Store store;
    private final Ids ids;

    Targets(Store store, Ids ids) {
        this.store = store;
        this.ids = ids;
    }

    /** The runtime named by the path label, without choosing a version. */
    Runtime runtime(String rawLabel, Map<String, String> query) {
        String label = Exchanges.decode(rawLabel);
        String runtimeId;
        Matcher arn = ARN.matcher(label);
        if (arn.matches()) {
            if (!arn.group(1).equals(ids.region()) || !arn.group(2).equals(ids.account())) {
                throw TwinException.notFound("No agent runtime " + label + " in this twin (region "
                        + ids.region() + ", account " + ids.account() + ")");
            }
            runtimeId = arn.group(3);
        } else if (label.startsWith("arn:")) {
            throw TwinException.validation("agentRuntimeArn", "Value '" + label + "' at 'agentRuntimeArn' failed "
                    + "to satisfy constraint: Member must be an agent runtime ARN "
                    + "(arn:aws:bedrock-agentcore:<region>:<account>:runtime/<id>) or a runtime id");
        } else {
            String account = query.get(ACCOUNT_ID_PARAM);
            if (account == null) {
                throw TwinException.validation(ACCOUNT_ID_PARAM, "accountId is required when the runtime is "
                        + "named by its id rather than its ARN");
            }
            Validator v = new Validator();
            v.pattern(ACCOUNT_ID_PARAM, account, DataPlaneContract.ACCOUNT_ID_PATTERN);
            v.check();
            if (!account.equals(ids.account())) {
                throw TwinException.notFound("No agent runtime " + label + " in account " + account);
            }
            runtimeId = label;
        }
        return store.runtime(runtimeId).orElseThrow(() -> TwinException.notFound(
                "No agent runtime with id '" + runtimeId + "' exists"));
    }

    /** The runtime's latest version: whose auth configuration StopRuntimeSession is checked against. */
    Version latest(Runtime runtime) {
        return store.version(runtime.id(), runtime.latestVersion()).orElseThrow(() -> TwinException.notFound(
                "Agent runtime " + runtime.id() + " has no version " + runtime.latestVersion()));
    }

    Target resolve(String rawLabel, Map<String, String> query) {
        Runtime runtime = runtime(rawLabel, query);
        String qualifier = query.getOrDefault(QUALIFIER_PARAM, ControlPlaneContract.DEFAULT_ENDPOINT);
        int number;
        Endpoint endpoint = store.endpoint(runtime.id(), qualifier).orElse(null);
        if (endpoint != null) {
            if (endpoint.status() == Status.CREATING || endpoint.status() == Status.CREATE_FAILED) {
                throw notReady(runtime, qualifier, endpoint.status());
            }
            number = endpoint.liveVersion();
        } else if (qualifier.matches(ControlPlaneContract.VERSION_PATTERN)) {
            number = Integer.parseInt(qualifier);
        } else {
            throw TwinException.notFound("No endpoint named '" + qualifier + "' on agent runtime " + runtime.id());
        }
        Version version = store.version(runtime.id(), number).orElseThrow(() -> TwinException.notFound(
                "Agent runtime " + runtime.id() + " has no version " + qualifier));
        if (version.status() != Status.READY) {
            throw notReady(runtime, qualifier, version.status());
        }
        return new Target(runtime, version);
    }

    private static TwinException notReady(Runtime runtime, String qualifier, Status status) {
        if (status == Status.CREATING || status == Status.UPDATING) {
            return TwinException.of(AwsErrorType.RETRYABLE_CONFLICT, "Agent runtime " + runtime.id() + " ("
                    + qualifier + ") is " + status + ": retry when GetAgentRuntime reports READY");
        }
        return TwinException.runtimeClientError("Agent runtime " + runtime.id() + " (" + qualifier + ") is "
                + status + ": see failureReason in GetAgentRuntime");
    }
}

package dev.agentcore4j.emulator;

import static dev.agentcore4j.contract.ControlPlaneContract.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Validates CreateAgentRuntime and UpdateAgentRuntime bodies the way the service does (the SDKs
 * check nothing client-side) and turns them into the stored version document, lifecycle defaults
 * filled in.
 */
final class RuntimeSpecs {

    /** Members a version carries; everything else in the body is not part of the version. */
    private static final List<String> SPEC_MEMBERS = List.of("agentRuntimeArtifact", "roleArn",
            "networkConfiguration", "description", "authorizerConfiguration", "requestHeaderConfiguration",
            "protocolConfiguration", "lifecycleConfiguration", "metadataConfiguration", "environmentVariables",
            "filesystemConfigurations");

    private RuntimeSpecs() {
    }

    /** @return the validated runtime name */
    static String validateName(Validator v, JsonNode body) {
        String name = v.required(body, "agentRuntimeName", "agentRuntimeName").orElse("");
        if (!name.isEmpty() || body.has("agentRuntimeName")) {
            v.pattern("agentRuntimeName", name, NAME_PATTERN);
        }
        return name;
    }

    /** Validates the members a version is made of and returns the version document. */
    static ObjectNode spec(Validator v, JsonNode body, boolean update) {
        artifact(v, body);
        v.required(body, "roleArn", "roleArn").ifPresent(role -> {
            v.length("roleArn", role, 1, ROLE_ARN_MAX, false);
            v.pattern("roleArn", role, ROLE_ARN_PATTERN);
        });
        network(v, body, update);
        v.optional(body, "description", "description")
                .ifPresent(d -> v.length("description", d, 1, RUNTIME_DESCRIPTION_MAX, true));
        v.optional(body, "clientToken", "clientToken").ifPresent(t -> {
            v.length("clientToken", t, 33, 256, false);
            v.pattern("clientToken", t, CLIENT_TOKEN_PATTERN);
        });
        if (body.has("protocolConfiguration")
                && v.requireObject(body, "protocolConfiguration", "protocolConfiguration")) {
            v.required(body.get("protocolConfiguration"), "serverProtocol", "protocolConfiguration.serverProtocol")
                    .ifPresent(p -> v.oneOf("protocolConfiguration.serverProtocol", p,
                            List.of("MCP", "HTTP", "A2A", "AGUI")));
        }
        environment(v, body);
        headers(v, body);
        authorizer(v, body);
        ObjectNode spec = Json.object();
        for (String member : SPEC_MEMBERS) {
            if (body.hasNonNull(member)) {
                spec.set(member, body.get(member).deepCopy());
            }
        }
        spec.set("lifecycleConfiguration", lifecycle(v, body));
        return spec;
    }

    private static void artifact(Validator v, JsonNode body) {
        if (!v.requireObject(body, "agentRuntimeArtifact", "agentRuntimeArtifact")) {
            return;
        }
        JsonNode artifact = body.get("agentRuntimeArtifact");
        if (artifact.size() != 1) {
            v.fail("agentRuntimeArtifact", "Value at 'agentRuntimeArtifact' failed to satisfy constraint: "
                    + "Member must set exactly one of containerConfiguration, codeConfiguration");
            return;
        }
        if (artifact.has("codeConfiguration")) {
            v.fail("agentRuntimeArtifact.codeConfiguration", "Value at 'agentRuntimeArtifact.codeConfiguration' "
                    + "failed to satisfy constraint: the local twin runs container artifacts only; "
                    + "use containerConfiguration with a URI from the twin's image index");
            return;
        }
        if (v.requireObject(artifact, "containerConfiguration", "agentRuntimeArtifact.containerConfiguration")) {
            String path = "agentRuntimeArtifact.containerConfiguration.containerUri";
            v.required(artifact.get("containerConfiguration"), "containerUri", path).ifPresent(uri -> {
                v.length(path, uri, 1, CONTAINER_URI_MAX, false);
                v.pattern(path, uri, CONTAINER_URI_PATTERN);
            });
        }
    }

    private static void network(Validator v, JsonNode body, boolean update) {
        if (!v.requireObject(body, "networkConfiguration", "networkConfiguration")) {
            return;
        }
        JsonNode network = body.get("networkConfiguration");
        String mode = v.required(network, "networkMode", "networkConfiguration.networkMode").orElse("PUBLIC");
        v.oneOf("networkConfiguration.networkMode", mode, List.of("PUBLIC", "VPC"));
        JsonNode config = network.path("networkModeConfig");
        if (config.isObject()) {
            patterns(v, config.path("securityGroups"), "networkConfiguration.networkModeConfig.securityGroups",
                    SECURITY_GROUP_PATTERN);
            patterns(v, config.path("subnets"), "networkConfiguration.networkModeConfig.subnets", SUBNET_PATTERN);
            if (!update && config.has("requireServiceS3Endpoint")) {
                v.fail("networkConfiguration.networkModeConfig.requireServiceS3Endpoint",
                        "requireServiceS3Endpoint can only be set by UpdateAgentRuntime");
            }
        } else if (mode.equals("VPC")) {
            v.fail("networkConfiguration.networkModeConfig",
                    "Value null at 'networkConfiguration.networkModeConfig' failed to satisfy constraint: "
                    + "networkModeConfig is required when networkMode is VPC");
        }
    }

    private static void patterns(Validator v, JsonNode list, String path, String regex) {
        if (!list.isArray() || list.isEmpty() || list.size() > 16) {
            v.fail(path, "Value at '" + path + "' failed to satisfy constraint: Member must have 1 to 16 items");
            return;
        }
        list.forEach(item -> v.pattern(path, item.asText(), regex));
    }

    private static ObjectNode lifecycle(Validator v, JsonNode body) {
        JsonNode given = body.path("lifecycleConfiguration");
        boolean hasIdle = given.has("idleRuntimeSessionTimeout");
        boolean hasMax = given.has("maxLifetime");
        int max = hasMax ? given.get("maxLifetime").asInt() : DEFAULT_MAX_LIFETIME_SECONDS;
        int idle = hasIdle ? given.get("idleRuntimeSessionTimeout").asInt() : Math.min(DEFAULT_IDLE_SECONDS, max);
        if (hasIdle) {
            v.range("lifecycleConfiguration.idleRuntimeSessionTimeout", idle, LIFECYCLE_MIN_SECONDS,
                    LIFECYCLE_MAX_SECONDS);
        }
        if (hasMax) {
            v.range("lifecycleConfiguration.maxLifetime", max, LIFECYCLE_MIN_SECONDS, LIFECYCLE_MAX_SECONDS);
        }
        if (idle > max) {
            v.fail("lifecycleConfiguration.idleRuntimeSessionTimeout",
                    "idleRuntimeSessionTimeout must be less than or equal to maxLifetime");
        }
        return Json.object().put("idleRuntimeSessionTimeout", idle).put("maxLifetime", max);
    }

    private static void environment(Validator v, JsonNode body) {
        JsonNode env = body.path("environmentVariables");
        if (env.isMissingNode()) {
            return;
        }
        if (!env.isObject() || env.size() > ENVIRONMENT_MAX_ENTRIES) {
            v.fail("environmentVariables", "Value at 'environmentVariables' failed to satisfy constraint: "
                    + "Member must be a map of at most " + ENVIRONMENT_MAX_ENTRIES + " entries");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = env.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            v.length("environmentVariables", entry.getKey(), 1, ENVIRONMENT_KEY_MAX, true);
            v.length("environmentVariables", entry.getValue().asText(), 0, ENVIRONMENT_VALUE_MAX, true);
        }
    }

    private static void headers(Validator v, JsonNode body) {
        JsonNode config = body.path("requestHeaderConfiguration");
        if (config.isMissingNode()) {
            return;
        }
        String path = "requestHeaderConfiguration.requestHeaderAllowlist";
        JsonNode list = config.path("requestHeaderAllowlist");
        if (!list.isArray() || list.isEmpty() || list.size() > HEADER_ALLOWLIST_MAX) {
            v.fail(path, "Value at '" + path + "' failed to satisfy constraint: Member must have length "
                    + "between 1 and " + HEADER_ALLOWLIST_MAX);
            return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode item : list) {
            String name = item.asText();
            v.pattern(path, name, HEADER_NAME_PATTERN);
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                v.fail(path, "Header '" + name + "' is listed more than once");
            }
            if (name.equalsIgnoreCase("Authorization") && !body.path("authorizerConfiguration").has("customJWTAuthorizer")) {
                v.fail(path, "The Authorization header can only be allowlisted when a customJWTAuthorizer is configured");
            }
        }
    }

    private static void authorizer(Validator v, JsonNode body) {
        JsonNode jwt = body.path("authorizerConfiguration").path("customJWTAuthorizer");
        if (jwt.isMissingNode()) {
            return;
        }
        String path = "authorizerConfiguration.customJWTAuthorizer.discoveryUrl";
        v.required(jwt, "discoveryUrl", path).ifPresent(url -> v.pattern(path, url, DISCOVERY_URL_PATTERN));
    }
}

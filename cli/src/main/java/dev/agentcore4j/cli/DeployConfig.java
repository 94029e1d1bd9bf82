package dev.agentcore4j.cli;

import dev.agentcore4j.contract.AgentMemoryName;
import dev.agentcore4j.contract.ControlPlaneContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A project's deploy settings, as {@code ./ac4j configure} writes them to {@code .ac4j/deploy.json}.
 * Every value is checked here, before any call is made: the seed's deploys failed on a hyphenated
 * name and on wrong lifecycle arguments only once AWS answered (issue 7).
 *
 * @param name           the agent runtime name, {@code [a-zA-Z][a-zA-Z0-9_]{0,47}}
 * @param region         the AWS region, e.g. {@code us-east-1}
 * @param model          the model the agent calls ({@code AC4J_MODEL}): offline, bedrock, openai, anthropic
 * @param auth           inbound auth: {@code iam} (SigV4) or {@code jwt} (customJWTAuthorizer)
 * @param discoveryUrl   the OpenID discovery URL for {@code jwt}; empty for {@code iam}
 * @param allowedClients the client ids accepted for {@code jwt}; empty for {@code iam}
 * @param network        the network mode; only {@code public} for now
 * @param idleTimeout    idleRuntimeSessionTimeout in seconds, 60..28800
 * @param maxLifetime    maxLifetime in seconds, 60..28800, at least the idle timeout
 * @param memory         the agent's AgentCore Memory: {@code auto} (found or created as
 *                       {@link #memoryName()}), {@code none}, or an existing memory's id; absent reads as auto
 */
record DeployConfig(String name, String region, String model, String auth, String discoveryUrl,
                    List<String> allowedClients, String network, int idleTimeout, int maxLifetime, String memory) {

    static final String DEFAULT_REGION = "us-east-1";
    static final List<String> MODELS = List.of("offline", "bedrock", "openai", "anthropic");
    static final List<String> AUTH_MODES = List.of("iam", "jwt");
    static final List<String> NETWORK_MODES = List.of("public");
    static final int LIFETIME_MIN = 60;
    static final int LIFETIME_MAX = 28800;
    static final int DEFAULT_IDLE_TIMEOUT = 900;
    static final int DEFAULT_MAX_LIFETIME = 28800;
    static final String MEMORY_AUTO = "auto";
    static final String MEMORY_NONE = "none";

    private static final Pattern NAME = Pattern.compile(ControlPlaneContract.NAME_PATTERN);
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]");
    /** A memory id as AgentCore makes them: {@code <name>-<10 characters>}. */
    private static final Pattern MEMORY_ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}");
    private static final Pattern DISCOVERY_URL = Pattern.compile("https?://" + ControlPlaneContract.DISCOVERY_URL_PATTERN);

    DeployConfig {
        allowedClients = allowedClients == null ? List.of() : List.copyOf(allowedClients);
        discoveryUrl = discoveryUrl == null ? "" : discoveryUrl;
        memory = memory == null ? MEMORY_AUTO : memory;
        List<String> problems = new ArrayList<>(
                problems(name, region, model, auth, discoveryUrl, allowedClients, network, idleTimeout, maxLifetime));
        memoryProblem(memory).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new DeployConfigException(problems);
        }
    }

    /** The defaults for an agent called {@code name}: offline model, IAM auth, public network. */
    static DeployConfig defaults(String name) {
        return new DeployConfig(name, DEFAULT_REGION, "offline", "iam", "", List.of(), "public",
                DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_LIFETIME, MEMORY_AUTO);
    }

    /** This config for another name and region (from {@code --name} and {@code --region}), checked again. */
    DeployConfig with(String newName, String newRegion) {
        return new DeployConfig(newName, newRegion, model, auth, discoveryUrl, allowedClients, network, idleTimeout, maxLifetime,
                memory);
    }

    /** Whether the agent gets a memory at all ({@code memory} is not {@code none}). */
    boolean hasMemory() {
        return !memory.equals(MEMORY_NONE);
    }

    /** Whether {@code memory} names an existing memory's id (rather than auto or none). */
    boolean memoryIsId() {
        return hasMemory() && !memory.equals(MEMORY_AUTO);
    }

    /** The name of the {@code auto} memory ({@link AgentMemoryName}: the CDK app names it the same). */
    String memoryName() {
        return AgentMemoryName.of(name);
    }

    /** What is wrong with a {@code memory} setting, with the fix; empty when it is auto, none or a memory id. */
    static Optional<String> memoryProblem(String memory) {
        if (memory.equals(MEMORY_AUTO) || memory.equals(MEMORY_NONE) || MEMORY_ID.matcher(memory).matches()) {
            return Optional.empty();
        }
        return Optional.of("memory '" + memory + "' is neither auto, none nor a memory id (<name>-<10 letters or"
                + " digits>, e.g. my_agent_memory-a1B2c3D4e5): use --memory auto (create or find <name>_memory), --memory none,"
                + " or the id of an existing memory");
    }

    /** A name AgentCore accepts that stays close to {@code name}: {@code my-agent} → {@code my_agent}. */
    static String suggestName(String name) {
        String s = name.strip().replaceAll("[^a-zA-Z0-9_]", "_");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.charAt(0) > 'z') {
            s = "agent_" + s;
        }
        return s.length() > 48 ? s.substring(0, 48) : s;
    }

    static List<String> problems(String name, String region, String model, String auth, String discoveryUrl,
                                 List<String> allowedClients, String network, int idleTimeout, int maxLifetime) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("name is missing: pass --name, e.g. --name my_agent");
        } else if (!NAME.matcher(name).matches()) {
            problems.add("name '" + name + "' is not a valid AgentCore runtime name (letters, digits and _, starting"
                    + " with a letter, at most 48): use " + suggestName(name));
        }
        if (region == null || !REGION.matcher(region).matches()) {
            problems.add("region '" + region + "' is not an AWS region: use e.g. --region us-east-1");
        }
        if (model == null || !MODELS.contains(model)) {
            problems.add("model '" + model + "' is unknown: use one of " + String.join(", ", MODELS));
        }
        if (auth == null || !AUTH_MODES.contains(auth)) {
            problems.add("auth '" + auth + "' is unknown: use --auth iam (SigV4) or --auth jwt (with --discovery-url)");
        } else if (auth.equals("jwt")) {
            if (!DISCOVERY_URL.matcher(discoveryUrl).matches()) {
                problems.add("auth jwt needs --discovery-url ending in /.well-known/openid-configuration"
                        + (discoveryUrl.isEmpty() ? "" : ", got '" + discoveryUrl + "'"));
            }
            if (allowedClients.isEmpty()) {
                problems.add("auth jwt needs at least one --allowed-client (the client_id your tokens carry)");
            }
        } else if (!discoveryUrl.isEmpty() || !allowedClients.isEmpty()) {
            problems.add("--discovery-url and --allowed-client apply to --auth jwt only: add --auth jwt or drop them");
        }
        if (network == null || !NETWORK_MODES.contains(network.toLowerCase(Locale.ROOT))) {
            problems.add("network '" + network + "' is not supported: use --network public (VPC mode is not supported yet)");
        }
        lifetime(problems, "idle-timeout", idleTimeout);
        lifetime(problems, "max-lifetime", maxLifetime);
        if (idleTimeout > maxLifetime) {
            problems.add("idle-timeout " + idleTimeout + " s is longer than max-lifetime " + maxLifetime
                    + " s: lower --idle-timeout or raise --max-lifetime");
        }
        return problems;
    }

    private static void lifetime(List<String> problems, String option, int seconds) {
        if (seconds < LIFETIME_MIN || seconds > LIFETIME_MAX) {
            problems.add(option + " " + seconds + " s is out of range: use --" + option + " between "
                    + LIFETIME_MIN + " and " + LIFETIME_MAX + " seconds");
        }
    }
}

package dev.agentcore4j.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ac4j configure}: writes the project's deploy config after checking every value, so that
 * {@code launch} never sends AgentCore a request it would reject. Options not given keep the
 * file's current values (or the defaults).
 */
@Command(name = "configure", mixinStandardHelpOptions = true,
        description = "Write the deploy config (.ac4j/deploy.json), checked before any call is made.")
final class ConfigureCommand implements Callable<Integer> {

    @Option(names = "--name", paramLabel = "NAME", description = "Agent runtime name: [a-zA-Z][a-zA-Z0-9_]{0,47}.")
    String name;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: us-east-1).")
    String region;

    @Option(names = "--model", paramLabel = "MODEL", description = "offline (default), bedrock, openai or anthropic.")
    String model;

    @Option(names = "--auth", paramLabel = "iam|jwt", description = "Inbound auth: iam (SigV4, default) or jwt.")
    String auth;

    @Option(names = "--discovery-url", paramLabel = "URL", description = "OpenID discovery URL (with --auth jwt).")
    String discoveryUrl;

    @Option(names = "--allowed-client", paramLabel = "ID", description = "Accepted client_id (with --auth jwt; repeatable).")
    List<String> allowedClients;

    @Option(names = "--network", paramLabel = "MODE", description = "Network mode: public (the only one supported).")
    String network;

    @Option(names = "--idle-timeout", paramLabel = "S", description = "Idle session timeout, 60-28800 s (default: 900).")
    Integer idleTimeout;

    @Option(names = "--max-lifetime", paramLabel = "S", description = "Session max lifetime, 60-28800 s (default: 28800).")
    Integer maxLifetime;

    @Option(names = "--memory", paramLabel = "auto|none|ID", description = "The agent's AgentCore Memory: auto (default: "
            + "create or find <name>_memory), none, or an existing memory's id.")
    String memory;

    @Option(names = "--file", paramLabel = "PATH", description = "The config file (default: .ac4j/deploy.json).")
    Path file = DeployConfigFile.DEFAULT;

    @Override
    public Integer call() {
        DeployConfig current = DeployConfigFile.read(file).orElse(null);
        if (current == null && name == null) {
            throw new DeployConfigException(List.of("name is missing: pass --name, e.g. --name my_agent"));
        }
        // The defaults are not validated on their own: every problem is reported once, below.
        DeployConfig base = current != null ? current : DeployConfig.defaults(DeployConfig.suggestName(name));
        boolean toIam = "iam".equals(lower(auth));
        DeployConfig config = new DeployConfig(
                or(name, base.name()), or(lower(region), base.region()), or(lower(model), base.model()),
                or(lower(auth), base.auth()),
                or(discoveryUrl, toIam ? "" : base.discoveryUrl()),
                allowedClients != null ? allowedClients : toIam ? List.of() : base.allowedClients(),
                or(lower(network), base.network()),
                idleTimeout != null ? idleTimeout : base.idleTimeout(),
                maxLifetime != null ? maxLifetime : base.maxLifetime(),
                memory == null ? base.memory() : memorySetting(memory));
        DeployConfigFile.write(file, config);
        System.out.printf("Wrote %s: %s in %s, model %s, auth %s, network %s, idle %d s, max lifetime %d s, memory %s%n",
                file, config.name(), config.region(), config.model(), config.auth(), config.network(),
                config.idleTimeout(), config.maxLifetime(), config.memory());
        System.out.println("Next: ./ac4j launch --local   (the twin of ./ac4j up)");
        return 0;
    }

    /** auto and none in any case; an id exactly as given (ids are case-sensitive). */
    private static String memorySetting(String value) {
        String word = lower(value);
        return word.equals(DeployConfig.MEMORY_AUTO) || word.equals(DeployConfig.MEMORY_NONE) ? word : value.strip();
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}

package dev.agentcore4j.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * The options every deploy command shares (a picocli mixin): which config, which runtime name,
 * which twin. Locally the twin is the one {@code ./ac4j up} started.
 */
final class DeployTarget {

    static final String DEFAULT_ENDPOINT = "http://127.0.0.1:8790";

    @Option(names = "--name", paramLabel = "NAME", description = "Agent runtime name (default: the one in the config file).")
    String name;

    @Option(names = "--file", paramLabel = "PATH", description = "The deploy config (default: .ac4j/deploy.json).")
    Path file = DeployConfigFile.DEFAULT;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = DEFAULT_ENDPOINT,
            description = "The AgentCore twin (default: ${DEFAULT-VALUE}, the one ./ac4j up starts).")
    String endpoint;

    @Option(names = "--home", paramLabel = "DIR",
            description = "The twin's home, as given to ./ac4j up (default: $AC4J_HOME or ~/.ac4j).")
    Path home;

    /** The config file's settings, with {@code --name} over its name; the defaults when there is no file. */
    DeployConfig config() {
        Optional<DeployConfig> file = DeployConfigFile.read(this.file);
        if (file.isEmpty() && name == null) {
            throw new DeployConfigException(List.of("no deploy config at " + this.file
                    + " and no --name: run ./ac4j configure --name my_agent, or pass --name"));
        }
        return file.map(c -> name == null ? c : c.withName(name)).orElseGet(() -> DeployConfig.defaults(name));
    }

    URI endpoint() {
        URI uri = URI.create(endpoint);
        String host = uri.getHost();
        if (!"http".equals(uri.getScheme()) || host == null
                || !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("--endpoint " + endpoint + " is not a local twin: use a loopback URL such as "
                    + DEFAULT_ENDPOINT + " (deploying to AWS will be launch --aws)");
        }
        return uri;
    }

    Path home() {
        return home != null ? home : UpCommand.defaultHome();
    }

    /** Beside the config file: {@code .ac4j/build} holds the image tar and Jib's layer cache. */
    Path buildDir() {
        return file.toAbsolutePath().getParent().resolve("build");
    }

    /** The twin's data directory: registry, images.json and session logs. */
    Path twinDir() {
        return home().resolve("twin");
    }

    BedrockAgentCoreControlClient control(DeployConfig config) {
        return AwsClients.control(Optional.of(endpoint()), Region.of(config.region()));
    }
}

package dev.agentcore4j.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * The options every deploy command shares (a picocli mixin): which config, which runtime name and
 * region, and where: the twin ({@code ./ac4j up}'s, by default) or, with {@code --aws}, AWS itself
 * through the SDK's default credentials chain and endpoint resolution (so {@code AWS_ENDPOINT_URL_<SERVICE>}
 * and {@code aws.endpointUrl<Service>} overrides apply, which is how the tests reach local fakes).
 */
final class DeployTarget {

    static final String DEFAULT_ENDPOINT = "http://127.0.0.1:8790";

    @Option(names = "--name", paramLabel = "NAME", description = "Agent runtime name (default: the one in the config file).")
    String name;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: the one in the config file, else us-east-1).")
    String region;

    @Option(names = "--aws", description = "AWS itself (default credentials chain; AWS_ENDPOINT_URL_<SERVICE> overrides apply) instead of the twin.")
    boolean aws;

    @Option(names = "--file", paramLabel = "PATH", description = "The deploy config (default: .ac4j/deploy.json).")
    Path file = DeployConfigFile.DEFAULT;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "The AgentCore twin (default: " + DEFAULT_ENDPOINT + ", the one ./ac4j up starts); not with --aws.")
    String endpoint;

    @Option(names = "--home", paramLabel = "DIR",
            description = "The twin's home, as given to ./ac4j up (default: $AC4J_HOME or ~/.ac4j).")
    Path home;

    /**
     * The config file's settings, with {@code --name} and {@code --region} over its own; the defaults
     * when there is no file. Every value is checked here, before any call is made.
     */
    DeployConfig config() {
        Optional<DeployConfig> file = DeployConfigFile.read(this.file);
        if (file.isEmpty() && name == null) {
            throw new DeployConfigException(List.of("no deploy config at " + this.file
                    + " and no --name: run ./ac4j configure --name my_agent, or pass --name"));
        }
        DeployConfig config = file.orElseGet(() -> DeployConfig.defaults(DeployConfig.suggestName(name)));
        if (name != null || region != null) {
            config = config.with(name != null ? name : config.name(), region != null ? region : config.region());
        }
        return config;
    }

    /** Whether the target is AWS; {@code --endpoint} with {@code --aws} is refused, never silently ignored. */
    boolean aws() {
        if (aws && endpoint != null) {
            throw new IllegalArgumentException("--endpoint " + endpoint + " names a twin and does not apply with --aws: drop it "
                    + "(to send AWS calls elsewhere, set AWS_ENDPOINT_URL_<SERVICE>, e.g. AWS_ENDPOINT_URL_BEDROCK_AGENTCORE_CONTROL)");
        }
        return aws;
    }

    /** Where the runtime lives, for messages: {@code the twin at http://…} or {@code AWS (us-east-1)}. */
    String where(DeployConfig config) {
        return aws ? "AWS (" + config.region() + ")" : "the twin at " + twin();
    }

    /** The command that creates the runtime here. */
    String launchCommand() {
        return aws ? "./ac4j launch --aws" : "./ac4j launch --local";
    }

    /** The data plane callers invoke: the twin, or AgentCore's endpoint for the region (or its override). */
    URI dataPlane(DeployConfig config) {
        return aws ? AwsClients.dataPlaneEndpoint(Region.of(config.region())) : endpoint();
    }

    private String twin() {
        return endpoint != null ? endpoint : DEFAULT_ENDPOINT;
    }

    URI endpoint() {
        String endpoint = twin();
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--endpoint " + endpoint + " is not a URL: use one such as " + DEFAULT_ENDPOINT);
        }
        String host = uri.getHost();
        if (!"http".equals(uri.getScheme()) || host == null
                || !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("--endpoint " + endpoint + " is not a local twin: use a loopback URL such as "
                    + DEFAULT_ENDPOINT + ", or --aws for AWS itself");
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

    /** The control plane: the twin's, or with {@code --aws} AgentCore's as the SDK resolves it. */
    BedrockAgentCoreControlClient control(DeployConfig config) {
        return AwsClients.control(aws ? Optional.empty() : Optional.of(endpoint()), Region.of(config.region()));
    }
}

package dev.agentcore4j.cli;

import dev.agentcore4j.contract.RuntimeRole;
import dev.agentcore4j.emulator.AgentImage;
import dev.agentcore4j.image.ImageSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetAgentRuntimeResponse;

/**
 * {@code ac4j launch --local}: image → the twin's image index → runtime created or updated through
 * the twin's control plane → READY. {@code ac4j launch --aws}: the same against AWS, with an ECR
 * repository, a pushed image and an IAM execution role (see {@link AwsLaunch}). Both end with the ARN,
 * the invocation URL and the settings a dashboard or backend needs. Every input is checked first.
 */
@Command(name = "launch", mixinStandardHelpOptions = true,
        description = "Build the agent image (Jib, linux/arm64) and deploy it: --local to the twin (./ac4j up), "
                + "--aws to AgentCore Runtime (ECR, IAM role, runtime).")
final class LaunchCommand implements Callable<Integer> {

    /** ECR's tag pattern. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final DateTimeFormatter TAG_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    @Mixin
    DeployTarget target;

    @Option(names = "--local", description = "Deploy to the local AgentCore twin.")
    boolean local;

    @Option(names = "--base", paramLabel = "IMAGE", description = "Base image: a registry image (default for --aws: "
            + ImageSpec.DEFAULT_BASE + "), tar://FILE (a Docker-format tar), or scratch (default for --local: no JVM,"
            + " registries being out of reach offline; the twin runs the agent on this machine).")
    String base;

    @Option(names = "--tag", paramLabel = "TAG",
            description = "Image tag with --aws (default: the UTC time, e.g. 20261125-143012-123); e.g. the commit SHA in CI.")
    String tag;

    @Override
    public Integer call() throws InterruptedException {
        if (local == target.aws()) {
            throw new IllegalArgumentException(local ? "choose one: --local (the twin) or --aws (AgentCore Runtime)"
                    : "say where to launch: --local (the twin of ./ac4j up) or --aws (AgentCore Runtime on AWS)");
        }
        return target.aws() ? aws() : local();
    }

    private int local() throws InterruptedException {
        DeployConfig config = target.config();
        if (tag != null) {
            throw new IllegalArgumentException("--tag applies to --aws only: the twin's image is tagged with its digest");
        }
        String localBase = base != null ? base : LaunchImage.LOCAL_BASE;
        var endpoint = target.endpoint();
        GetAgentRuntimeResponse runtime;
        Optional<String> memoryId;
        try (BedrockAgentCoreControlClient control = target.control(config)) {
            DeployLookup.find(control, config, target); // the twin answers before the build starts
            memoryId = LaunchMemory.resolve(control, config, target.where(config), System.err);
            LaunchImage.Built built = LaunchImage.build(config, localBase, target.buildDir(), System.err);
            AgentImage.Command command = (AgentImage.Command) BundledAgentImage.create(target.home().resolve("data"));
            LocalImageIndex.register(target.twinDir(), built.containerUri(), command);
            System.err.printf("Registered %s in %s%n", built.containerUri(), target.twinDir().resolve(LocalImageIndex.FILE_NAME));
            // As up gives demo_agent: the memory's id, and the twin (both planes on one port) to reach it at.
            Map<String, String> memory = memoryId.map(id -> UpCommand.agentEnvironment(endpoint.toString(), id)).orElse(Map.of());
            runtime = LaunchRuntime.deploy(control, config, built.containerUri(), LaunchRuntime.LOCAL_ROLE_ARN, memory, System.err);
        }
        String url = invokeUrl(endpoint.toString(), runtime.agentRuntimeArn());
        System.out.printf("Launched %s version %s (READY) on the twin at %s%n%n", config.name(), runtime.agentRuntimeVersion(),
                endpoint);
        System.out.printf("  runtime ARN   %s%n  invoke URL    %s%n  memory        %s%n%n", runtime.agentRuntimeArn(), url,
                memoryLine(memoryId, "--endpoint " + endpoint));
        System.out.println(settings(config, runtime, url, endpoint.toString()));
        System.out.printf("%nTry it: ./ac4j invoke --endpoint %s --runtime %s \"What is the weather in Tokyo?\"%n",
                endpoint, config.name());
        return 0;
    }

    private int aws() throws InterruptedException {
        // Everything that can be checked is checked before the first AWS call.
        DeployConfig config = target.config();
        String awsBase = base != null ? base : ImageSpec.DEFAULT_BASE;
        if (awsBase.equals(LaunchImage.LOCAL_BASE)) {
            throw new IllegalArgumentException("--base scratch has no JVM, so the agent could not start on AgentCore: drop"
                    + " --base (" + ImageSpec.DEFAULT_BASE + ") or pass --base tar://<docker-format tar of a JRE 25 image>");
        }
        if (awsBase.startsWith("tar://") && !Files.isRegularFile(Path.of(awsBase.substring("tar://".length())))) {
            throw new IllegalArgumentException("--base " + awsBase + ": no such file (a Docker-format image tar, e.g. from"
                    + " docker save " + ImageSpec.DEFAULT_BASE + ")");
        }
        String imageTag = tag != null ? tag : TAG_TIME.format(Clock.systemUTC().instant());
        if (!TAG.matcher(imageTag).matches()) {
            throw new IllegalArgumentException("--tag '" + imageTag + "' is not an image tag: use letters, digits, _ . -"
                    + " (at most 128, not starting with . or -), e.g. --tag " + imageTag.replaceAll("[^A-Za-z0-9_.-]", "-")
                            .replaceFirst("^[.-]+", ""));
        }
        ImageSpec image = LaunchImage.spec(config, awsBase, target.buildDir());
        AwsLaunch.Launched launched = AwsLaunch.run(config, image, imageTag, System.err);
        GetAgentRuntimeResponse runtime = launched.runtime();
        String dataPlane = target.dataPlane(config).toString();
        String url = invokeUrl(dataPlane, runtime.agentRuntimeArn());
        System.out.printf("Launched %s version %s (READY) on AWS, account %s, %s%n%n", config.name(),
                runtime.agentRuntimeVersion(), launched.account().id(), config.region());
        System.out.printf("  runtime ARN   %s%n  invoke URL    %s%n  image         %s%n  role          %s%n"
                        + "  memory        %s%n  logs          %s   (./ac4j logs --aws)%n%n", runtime.agentRuntimeArn(), url,
                launched.containerUri(), launched.roleArn(), memoryLine(launched.memoryId(), "--endpoint aws --region " + config.region()), logGroup(runtime.agentRuntimeId()));
        System.out.println(settings(config, runtime, url, dataPlane));
        System.out.printf("%nTry it: ./ac4j invoke --endpoint aws --region %s --runtime %s \"What is the weather in Tokyo?\"%n",
                config.region(), config.name());
        return 0;
    }

    private static String memoryLine(Optional<String> memoryId, String where) {
        return memoryId.map(id -> id + "   (./ac4j memory inspect " + where + " --memory " + id + ")")
                .orElse("none (memory none in the config)");
    }

    static String invokeUrl(String endpoint, String arn) {
        return endpoint + "/runtimes/" + URLEncoder.encode(arn, StandardCharsets.UTF_8) + "/invocations?qualifier=DEFAULT";
    }

    /** The runtime's CloudWatch log group for the DEFAULT endpoint. */
    static String logGroup(String runtimeId) {
        return RuntimeRole.LOG_GROUP_PREFIX + runtimeId + "-DEFAULT";
    }

    /** The environment the backend ({@code AGENT_RUNTIME_ARN} switches it to AgentCore) and the dashboard read. */
    private static String settings(DeployConfig config, GetAgentRuntimeResponse runtime, String url, String dataPlane) {
        return """
                Settings for the dashboard and backend:
                  AGENT_RUNTIME_ARN=%s
                  AGENTCORE_INVOKE_URL=%s
                  AWS_REGION=%s
                  AWS_ENDPOINT_URL_BEDROCK_AGENTCORE=%s
                  AGENTCORE_AUTH=%s""".formatted(runtime.agentRuntimeArn(), url, config.region(), dataPlane, config.auth());
    }
}

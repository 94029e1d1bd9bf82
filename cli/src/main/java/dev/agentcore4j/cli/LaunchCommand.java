package dev.agentcore4j.cli;

import dev.agentcore4j.emulator.AgentImage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetAgentRuntimeResponse;

/**
 * {@code ac4j launch --local}: image → the twin's image index → runtime created or updated through
 * the twin's control plane → READY, then the ARN, the invocation URL and the settings a frontend
 * or backend needs. {@code --aws} is the same flow against AWS (not implemented yet).
 */
@Command(name = "launch", mixinStandardHelpOptions = true,
        description = "Build the agent image and deploy it: --local to the twin (./ac4j up); --aws is not implemented yet.")
final class LaunchCommand implements Callable<Integer> {

    @Mixin
    DeployTarget target;

    @Option(names = "--local", description = "Deploy to the local AgentCore twin.")
    boolean local;

    @Option(names = "--aws", description = "Deploy to AWS (ECR, IAM, AgentCore): not implemented yet.")
    boolean aws;

    @Option(names = "--base", paramLabel = "IMAGE",
            description = "Base image: scratch (default for --local, registries being out of reach offline), tar://FILE or a registry image.")
    String base = LaunchImage.LOCAL_BASE;

    @Override
    public Integer call() throws InterruptedException {
        if (aws) {
            throw new UnsupportedOperationException("launch --aws is not implemented yet (see docs/deploy.md): use launch --local");
        }
        if (!local) {
            throw new IllegalArgumentException("say where to launch: --local (the twin of ./ac4j up); --aws is not implemented yet");
        }
        DeployConfig config = target.config();
        var endpoint = target.endpoint();
        GetAgentRuntimeResponse runtime;
        try (BedrockAgentCoreControlClient control = target.control(config)) {
            DeployLookup.find(control, config.name(), target.endpoint); // the twin answers before the build starts
            LaunchImage.Built built = LaunchImage.build(config, base, target.buildDir(), System.err);
            AgentImage.Command command = (AgentImage.Command) BundledAgentImage.create(target.home().resolve("data"));
            LocalImageIndex.register(target.twinDir(), built.containerUri(), command);
            System.err.printf("Registered %s in %s%n", built.containerUri(), target.twinDir().resolve(LocalImageIndex.FILE_NAME));
            runtime = LaunchRuntime.deploy(control, config, built.containerUri(), System.err);
        }
        System.out.println(summary(endpoint.toString(), config, runtime));
        return 0;
    }

    static String invokeUrl(String endpoint, String arn) {
        return endpoint + "/runtimes/" + URLEncoder.encode(arn, StandardCharsets.UTF_8) + "/invocations?qualifier=DEFAULT";
    }

    private static String summary(String endpoint, DeployConfig config, GetAgentRuntimeResponse runtime) {
        String url = invokeUrl(endpoint, runtime.agentRuntimeArn());
        return """
                Launched %2$s version %3$s (READY) on the twin at %1$s

                  runtime ARN   %4$s
                  invoke URL    %5$s

                Settings for the dashboard and backend:
                  AGENTCORE_RUNTIME_ARN=%4$s
                  AGENTCORE_INVOKE_URL=%5$s
                  AWS_REGION=%6$s
                  AWS_ENDPOINT_URL_BEDROCK_AGENTCORE=%1$s
                  AGENTCORE_AUTH=%7$s

                Try it: ./ac4j invoke --endpoint %1$s --runtime %2$s "What is the weather in Tokyo?\""""
                .formatted(endpoint, config.name(), runtime.agentRuntimeVersion(), runtime.agentRuntimeArn(), url,
                        config.region(), config.auth());
    }
}

package dev.agentcore4j.cli;

import dev.agentcore4j.image.ImageSpec;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetAgentRuntimeResponse;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * {@code ./ac4j launch --aws}, after every input was checked: STS (which account) → ECR repository
 * (found or created, scan on push) → Jib build and push with the ECR token → IAM execution role (created
 * or brought up to date) → runtime created or updated (retrying while IAM propagates) → READY.
 * The agent's memory (see {@link LaunchMemory}) is resolved right after STS. Every AWS client resolves its endpoint and credentials the SDK's standard way.
 */
final class AwsLaunch {

    private AwsLaunch() {
    }

    /** What was deployed, for the summary. */
    record Launched(AwsAccount account, EcrRepository repository, String containerUri, String roleArn,
                    Optional<String> memoryId, GetAgentRuntimeResponse runtime) {
    }

    static Launched run(DeployConfig config, ImageSpec image, String tag, PrintStream progress) throws InterruptedException {
        Region region = Region.of(config.region());
        try (StsClient sts = AwsClients.sts(region);
             EcrClient ecr = AwsClients.ecr(region);
             IamClient iam = AwsClients.iam(region);
             BedrockAgentCoreControlClient control = AwsClients.control(Optional.empty(), region)) {
            AwsAccount account = AwsAccount.of(sts);
            progress.printf("Deploying %s to account %s in %s as %s%n", config.name(), account.id(), config.region(),
                    account.caller());
            // The memory first: an unknown memory id fails before anything is built, pushed or created.
            Optional<String> memoryId = LaunchMemory.resolve(control, config, "AWS (" + config.region() + ")", progress);
            EcrRepository repository = EcrRepository.ensure(ecr, LaunchImage.repository(config.name()), progress);
            ImagePush.Pushed pushed = ImagePush.push(ecr, repository, image, tag, progress);
            String roleArn = ExecutionRole.ensure(iam, account, config.region(), config.name(), repository, progress);
            // On AWS the agent reaches Memory in its runtime's region with the execution role: the id is all it needs.
            Map<String, String> memory = memoryId.map(id -> Map.of("AC4J_MEMORY_ID", id)).orElse(Map.of());
            GetAgentRuntimeResponse runtime = LaunchRuntime.deploy(control, config, pushed.containerUri(), roleArn, memory, progress);
            return new Launched(account, repository, pushed.containerUri(), roleArn, memoryId, runtime);
        }
    }
}

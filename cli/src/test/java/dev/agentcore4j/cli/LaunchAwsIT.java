package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.awsfakes.AwsFakes;
import dev.agentcore4j.awsfakes.Call;
import dev.agentcore4j.emulator.AgentImage;
import dev.agentcore4j.emulator.Twin;
import dev.agentcore4j.emulator.TwinConfig;
import dev.agentcore4j.image.ContainerImages;
import dev.agentcore4j.image.ImageSpec;
import dev.agentcore4j.image.ImageTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntime;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * {@code ./ac4j launch|status|logs|destroy --aws} end to end, with every AWS client resolving its
 * endpoint the SDK's standard way ({@code aws.endpointUrl<Service>} system properties): ECR, its
 * registry, IAM, STS and CloudWatch Logs are the {@code aws-fakes} servers, and AgentCore (both planes)
 * is a twin for the same account and region that refuses each fresh role twice, as AgentCore does while
 * IAM propagates; the agent's memory is made through that twin's control plane too. Every image pushed to the registry is registered with the twin, so the deployed
 * runtime really runs (the twin starts the bundled agent for it).
 */
class LaunchAwsIT {

    private static final String ACCOUNT = "210987654321";
    private static final String REGION = "eu-west-1";
    private static final String NAME = "aws_it";
    private static final String REPOSITORY = "agentcore4j/aws-it";
    private static final String ROLE = "AgentCore4J-aws_it";
    private static final String ROLE_ARN = "arn:aws:iam::210987654321:role/AgentCore4J-aws_it";
    private static final String SESSION = "launch-aws-it-session-000000000000000001";
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Jib's first, verifying TLS attempt at the registry's self-signed certificate fails by design (it then
     * retries without verification); robaho's server, on this class path for the twin and so picked up by
     * the fakes too, logs every refused handshake with a stack trace. Held here: JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger ROBAHO = java.util.logging.Logger.getLogger("robaho.net.httpserver");

    static {
        ROBAHO.setLevel(java.util.logging.Level.SEVERE);
    }

    /** The trust policy, written out here rather than derived from the code under test. */
    private static final String TRUST = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
              "Principal": {"Service": "bedrock-agentcore.amazonaws.com"}, "Action": "sts:AssumeRole",
              "Condition": {"StringEquals": {"aws:SourceAccount": "210987654321"},
                            "ArnLike": {"aws:SourceArn": "arn:aws:bedrock-agentcore:eu-west-1:210987654321:*"}}}]}""";

    /** The inline policy, statement by statement as the CDK app's (AgentRuntimeStackIT) asserts them. */
    private static final String POLICY = """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "EcrAuthorizationToken", "Effect": "Allow", "Action": ["ecr:GetAuthorizationToken"], "Resource": ["*"]},
              {"Sid": "EcrImagePull", "Effect": "Allow", "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
               "Resource": ["arn:aws:ecr:eu-west-1:210987654321:repository/agentcore4j/aws-it"]},
              {"Sid": "LogGroups", "Effect": "Allow", "Action": ["logs:CreateLogGroup", "logs:DescribeLogStreams"],
               "Resource": ["arn:aws:logs:eu-west-1:210987654321:log-group:/aws/bedrock-agentcore/runtimes/*"]},
              {"Sid": "LogStreams", "Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
               "Resource": ["arn:aws:logs:eu-west-1:210987654321:log-group:/aws/bedrock-agentcore/runtimes/*:log-stream:*"]},
              {"Sid": "XRay", "Effect": "Allow", "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], "Resource": ["*"]},
              {"Sid": "BedrockModels", "Effect": "Allow", "Action": ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
               "Resource": ["arn:aws:bedrock:*::foundation-model/*", "arn:aws:bedrock:eu-west-1:210987654321:inference-profile/*"]},
              {"Sid": "WorkloadIdentity", "Effect": "Allow", "Action": ["bedrock-agentcore:GetWorkloadAccessToken",
                 "bedrock-agentcore:GetWorkloadAccessTokenForJWT", "bedrock-agentcore:GetWorkloadAccessTokenForUserId"],
               "Resource": ["arn:aws:bedrock-agentcore:eu-west-1:210987654321:workload-identity-directory/default",
                 "arn:aws:bedrock-agentcore:eu-west-1:210987654321:workload-identity-directory/default/workload-identity/aws_it-*"]},
              {"Sid": "Memory", "Effect": "Allow", "Action": ["bedrock-agentcore:GetMemory", "bedrock-agentcore:ListEvents",
                 "bedrock-agentcore:CreateEvent", "bedrock-agentcore:RetrieveMemoryRecords"],
               "Resource": ["arn:aws:bedrock-agentcore:eu-west-1:210987654321:memory/*"]}]}""";

    @TempDir
    Path home;

    private AwsFakes aws;
    private Twin twin;
    private BedrockAgentCoreControlClient control;
    private final Map<String, String> properties = new LinkedHashMap<>();

    @BeforeEach
    void start() {
        aws = AwsFakes.start(ACCOUNT, REGION);
        twin = Twin.start(TwinConfig.builder().port(0).dataDir(home.resolve("twin")).region(REGION).account(ACCOUNT)
                .roleValidationFailures(2).build());
        control = AwsClients.control(Optional.of(twin.endpoint()), Region.of(REGION));
        // "The image exists in ECR" is, for the twin, "the image is in its index": the twin runs the bundled agent for it.
        AgentImage.Command agent = (AgentImage.Command) BundledAgentImage.create(home.resolve("data"));
        aws.registry().onPush(push -> LocalImageIndex.register(home.resolve("twin"),
                aws.ecr().registryHost() + "/" + push.repository() + ":" + push.tag(), agent));
        properties.putAll(aws.endpointProperties());
        properties.put("aws.endpointUrlBedrockAgentCoreControl", twin.endpoint().toString());
        properties.put("aws.endpointUrlBedrockAgentCore", twin.endpoint().toString());
        properties.put("aws.accessKeyId", "AKIDLAUNCHAWSIT");
        properties.put("aws.secretAccessKey", "launch-aws-it-secret");
        properties.put("aws.disableEc2Metadata", "true");
        properties.forEach(System::setProperty);
    }

    @AfterEach
    void stop() {
        properties.keySet().forEach(System::clearProperty);
        control.close();
        twin.close();
        aws.close();
    }

    @Test
    void launch_aws_refuses_a_bad_name_base_or_tag_before_any_call() {
        CliRun hyphen = CliRun.of("launch", "--aws", "--name", "my-agent", "--file", file());
        assertThat(hyphen.code()).isNotZero();
        assertThat(hyphen.err()).contains("name 'my-agent' is not a valid AgentCore runtime name").contains("use my_agent");

        assertThat(CliRun.of("launch", "--aws", "--name", NAME, "--base", "scratch", "--file", file()).err())
                .contains("--base scratch has no JVM");
        assertThat(CliRun.of("launch", "--aws", "--name", NAME, "--base", "tar:///no/such.tar", "--file", file()).err())
                .contains("no such file");
        assertThat(CliRun.of("launch", "--aws", "--name", NAME, "--tag", "not a tag", "--file", file()).err())
                .contains("--tag 'not a tag' is not an image tag").contains("--tag not-a-tag");
        assertThat(CliRun.of("launch", "--aws", "--local", "--name", NAME, "--file", file()).err())
                .contains("choose one: --local (the twin) or --aws");
        assertThat(CliRun.of("launch", "--aws", "--name", NAME, "--region", "EU_WEST_1", "--file", file()).err())
                .contains("region 'EU_WEST_1' is not an AWS region");
        assertThat(CliRun.of("launch", "--aws", "--name", NAME, "--endpoint", "http://127.0.0.1:8790", "--file", file()).err())
                .contains("--endpoint http://127.0.0.1:8790 names a twin and does not apply with --aws");

        assertThat(aws.calls().all()).isEmpty();
        assertThat(control.listAgentRuntimes(b -> { }).agentRuntimes()).isEmpty();
        assertThat(home.resolve(".ac4j/build")).doesNotExist();
    }

    @Test
    void launch_aws_deploys_retries_the_fresh_role_updates_on_rerun_and_destroy_keeps_or_deletes_repository_and_role()
            throws Exception {
        String base = "tar://" + baseImage();
        List<String> target = List.of("--aws", "--name", NAME, "--region", REGION, "--file", file());

        // 1. First launch: everything is created, and the runtime creation is retried while the role propagates.
        CliRun first = CliRun.of(with(target, "launch", "--base", base));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(services(aws.calls().all())).containsExactly("sts:GetCallerIdentity", "ecr:DescribeRepositories",
                "ecr:CreateRepository", "ecr:PutLifecyclePolicy", "ecr:GetAuthorizationToken", "iam:GetRole", "iam:CreateRole",
                "iam:GetRolePolicy", "iam:PutRolePolicy");
        Call createRepository = aws.calls().only("ecr", "CreateRepository");
        assertThat(createRepository.text("repositoryName")).isEqualTo(REPOSITORY);
        assertThat(createRepository.parameters().path("imageScanningConfiguration").path("scanOnPush").asBoolean()).isTrue();
        assertThat(createRepository.signingRegion()).isEqualTo(REGION);
        assertThat(JSON.readTree(aws.calls().only("ecr", "PutLifecyclePolicy").text("lifecyclePolicyText"))
                .at("/rules/0/selection/countNumber").asInt()).isEqualTo(10);
        Call createRole = aws.calls().only("iam", "CreateRole");
        assertThat(createRole.text("RoleName")).isEqualTo(ROLE);
        assertThat(JSON.readTree(createRole.text("AssumeRolePolicyDocument"))).isEqualTo(JSON.readTree(TRUST));
        Call putPolicy = aws.calls().only("iam", "PutRolePolicy");
        assertThat(putPolicy.text("PolicyName")).isEqualTo("AgentRuntime");
        assertThat(JSON.readTree(putPolicy.text("PolicyDocument"))).isEqualTo(JSON.readTree(POLICY));
        assertThat(first.err()).containsSubsequence("Creating ECR repository " + REPOSITORY, "Building and pushing the image",
                "Creating IAM role " + ROLE, "Creating runtime " + NAME);
        assertThat(first.err().lines().filter(l -> l.contains("AgentCore cannot assume " + ROLE_ARN + " yet"))).hasSize(2);
        // The memory, made through AgentCore's control plane (here the twin) right after STS, before anything is pushed.
        assertThat(first.err()).containsSubsequence("Creating memory aws_it_memory", "memory ACTIVE",
                "Creating ECR repository " + REPOSITORY);
        String memoryId = onlyMemory("aws_it_memory");
        assertThat(control.getMemory(b -> b.memoryId(memoryId)).memory().strategies()).extracting(m -> m.typeAsString())
                .containsExactlyInAnyOrder("SEMANTIC", "USER_PREFERENCE", "SUMMARIZATION");

        AgentRuntime runtime = only(NAME);
        assertThat(runtime.agentRuntimeVersion()).isEqualTo("1");
        JsonNode spec = rawRuntime(runtime.agentRuntimeId());
        String containerUri = spec.at("/agentRuntimeArtifact/containerConfiguration/containerUri").asText();
        assertThat(containerUri).matches("210987654321\\.dkr\\.ecr\\.eu-west-1\\.amazonaws\\.com/agentcore4j/aws-it:"
                + "[0-9]{8}-[0-9]{6}-[0-9]{3}");
        assertThat(spec.path("roleArn").asText()).isEqualTo(ROLE_ARN);
        assertThat(spec.at("/networkConfiguration/networkMode").asText()).isEqualTo("PUBLIC");
        assertThat(spec.at("/protocolConfiguration/serverProtocol").asText()).isEqualTo("HTTP");
        assertThat(spec.at("/lifecycleConfiguration/idleRuntimeSessionTimeout").asInt()).isEqualTo(900);
        assertThat(spec.at("/lifecycleConfiguration/maxLifetime").asInt()).isEqualTo(28800);
        // On AWS the id is all the agent needs: its region is the runtime's, its credentials the execution role's.
        assertThat(spec.path("environmentVariables")).isEqualTo(JSON.createObjectNode().put("AC4J_MEMORY_ID", memoryId)
                .put("AC4J_MODEL", "offline"));
        assertThat(spec.at("/metadataConfiguration/requireMMDSV2").asBoolean()).isTrue();

        String tag = containerUri.substring(containerUri.lastIndexOf(':') + 1);
        JsonNode config = aws.registry().config(REPOSITORY, tag).orElseThrow();
        assertThat(config.path("architecture").asText()).isEqualTo("arm64");
        assertThat(config.path("os").asText()).isEqualTo("linux");
        assertThat(strings(config.at("/config/Entrypoint"))).startsWith("java").endsWith("-cp", "/app/lib/*", Main.class.getName());
        assertThat(strings(config.at("/config/Cmd"))).containsExactly("agent");
        assertThat(config.at("/config/ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.at("/config/Labels/test.base").asText()).isEqualTo("arm64-base"); // built on the given base

        String arn = runtime.agentRuntimeArn();
        assertThat(first.out()).contains("Launched aws_it version 1 (READY) on AWS, account 210987654321, eu-west-1")
                .contains("runtime ARN   " + arn)
                .contains(twin.endpoint() + "/runtimes/" + arn.replace(":", "%3A").replace("/", "%2F") + "/invocations?qualifier=DEFAULT")
                .contains("AGENT_RUNTIME_ARN=" + arn).contains("AWS_REGION=eu-west-1")
                .contains("AWS_ENDPOINT_URL_BEDROCK_AGENTCORE=" + twin.endpoint())
                .contains("/aws/bedrock-agentcore/runtimes/" + runtime.agentRuntimeId() + "-DEFAULT")
                .contains("memory        " + memoryId + "   (./ac4j memory inspect --endpoint aws --region eu-west-1");

        // 2. The same launch again: nothing new in ECR or IAM, a new version of the same runtime.
        aws.calls().clear();
        CliRun second = CliRun.of(with(target, "launch", "--base", base, "--tag", "second"));
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(services(aws.calls().all())).containsExactly("sts:GetCallerIdentity", "ecr:DescribeRepositories",
                "ecr:GetAuthorizationToken", "iam:GetRole", "iam:GetRolePolicy");
        assertThat(aws.calls().operations("registry")).doesNotContain("PATCH upload"); // every layer was there already
        assertThat(second.err()).contains("Using ECR repository").contains("Using IAM role " + ROLE_ARN)
                .contains("Updating runtime " + NAME).doesNotContain("cannot assume")
                .contains("Using memory aws_it_memory (" + memoryId + ")").doesNotContain("Creating memory");
        assertThat(onlyMemory("aws_it_memory")).isEqualTo(memoryId); // a rerun makes no second memory
        assertThat(only(NAME).agentRuntimeVersion()).isEqualTo("2");
        assertThat(rawRuntime(runtime.agentRuntimeId()).at("/agentRuntimeArtifact/containerConfiguration/containerUri").asText())
                .isEqualTo("210987654321.dkr.ecr.eu-west-1.amazonaws.com/agentcore4j/aws-it:second");

        // 3. Someone loosened the role's trust and dropped its policy: the next launch puts both back.
        try (IamClient iam = IamClient.builder().region(Region.AWS_GLOBAL).endpointOverride(aws.iam().endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDOTHER", "other"))).build()) {
            iam.updateAssumeRolePolicy(b -> b.roleName(ROLE).policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                            + "\"bedrock-agentcore.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));
            iam.deleteRolePolicy(b -> b.roleName(ROLE).policyName("AgentRuntime"));
        }
        aws.calls().clear();
        CliRun third = CliRun.of(with(target, "launch", "--base", base, "--tag", "third"));
        assertThat(third.code()).as(third.err()).isZero();
        assertThat(services(aws.calls().all())).containsExactly("sts:GetCallerIdentity", "ecr:DescribeRepositories",
                "ecr:GetAuthorizationToken", "iam:GetRole", "iam:UpdateAssumeRolePolicy", "iam:GetRolePolicy", "iam:PutRolePolicy");
        var role = aws.iam().role(ROLE).orElseThrow();
        assertThat(JSON.readTree(role.trustPolicy())).isEqualTo(JSON.readTree(TRUST));
        assertThat(JSON.readTree(role.inlinePolicies().get("AgentRuntime"))).isEqualTo(JSON.readTree(POLICY));
        assertThat(only(NAME).agentRuntimeVersion()).isEqualTo("3");

        // 4. Status, an invocation through the data plane, and the runtime's CloudWatch logs.
        CliRun status = CliRun.of(with(target, "status"));
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).contains("aws_it  READY  (version 3) in AWS (eu-west-1)").contains("role       " + ROLE_ARN)
                .contains("agentcore4j/aws-it:third").contains("logs       /aws/bedrock-agentcore/runtimes/")
                .contains("memory     " + memoryId);
        assertThat(status.out().lines().filter(l -> l.matches("\\s+[123]\\s+READY.*"))).hasSize(3);

        CliRun answer = CliRun.of("invoke", "--endpoint", "aws", "--region", REGION, "--runtime", NAME, "--session", SESSION,
                "What", "is", "the", "weather", "in", "Tokyo?");
        assertThat(answer.code()).as(answer.err()).isZero();
        assertThat(answer.out()).contains("Tokyo");

        String group = "/aws/bedrock-agentcore/runtimes/" + runtime.agentRuntimeId() + "-DEFAULT";
        aws.logs().append(group, "2026/11/25/[runtime-logs]a", Instant.now().minusSeconds(7200), "session=" + SESSION + " | an old start");
        aws.logs().append(group, "2026/11/25/[runtime-logs]a", Instant.now().minusSeconds(30), "session=" + SESSION + " | answered");
        aws.logs().append(group, "2026/11/25/[runtime-logs]b", Instant.now().minusSeconds(20), "session=another | answered");
        CliRun logs = CliRun.of(with(target, "logs"));
        assertThat(logs.code()).as(logs.err()).isZero();
        assertThat(logs.err()).contains("log group " + group);
        assertThat(logs.out()).containsSubsequence("session=" + SESSION, "session=another").doesNotContain("an old start");
        assertThat(CliRun.of(with(target, "logs", "--since", "3h", "--session", SESSION)).out())
                .contains("an old start").contains(SESSION).doesNotContain("session=another")
                .contains("[runtime-logs]a");
        assertThat(aws.calls().of("logs", "FilterLogEvents").getLast().text("filterPattern")).isEqualTo("\"" + SESSION + "\"");

        // 5. Destroy: the runtime goes, the repository and role stay unless asked for.
        CliRun destroyed = CliRun.of(with(target, "destroy", "--yes"));
        assertThat(destroyed.code()).as(destroyed.err()).isZero();
        assertThat(destroyed.out()).contains("Destroyed runtime aws_it");
        assertThat(destroyed.err()).contains("Kept ECR repository agentcore4j/aws-it (--delete-repository) and IAM role "
                + ROLE + " (--delete-role) and memory aws_it_memory (--delete-memory)");
        assertThat(onlyMemory("aws_it_memory")).isEqualTo(memoryId);
        assertThat(control.listAgentRuntimes(b -> { }).agentRuntimes()).isEmpty();
        assertThat(aws.ecr().repository(REPOSITORY)).isPresent();
        assertThat(aws.iam().role(ROLE)).isPresent();

        aws.calls().clear();
        CliRun unconfirmed = CliRun.of(with(target, "destroy", "--delete-repository", "--delete-role"));
        assertThat(unconfirmed.err()).contains("this deletes ECR repository agentcore4j/aws-it with its images, IAM role "
                + ROLE + " in AWS (eu-west-1): run again with --yes");
        assertThat(aws.calls().all()).isEmpty();

        CliRun purged = CliRun.of(with(target, "destroy", "--yes", "--delete-repository", "--delete-role", "--delete-memory"));
        assertThat(purged.code()).as(purged.err()).isZero();
        assertThat(purged.err()).contains("No runtime named aws_it in AWS (eu-west-1)").doesNotContain("Kept");
        assertThat(purged.out()).contains("Deleted memory " + memoryId).contains("Deleted ECR repository agentcore4j/aws-it")
                .contains("Deleted IAM role " + ROLE);
        assertThat(services(aws.calls().all())).containsExactly("ecr:DeleteRepository", "iam:ListRolePolicies",
                "iam:DeleteRolePolicy", "iam:DeleteRole");
        assertThat(aws.calls().only("ecr", "DeleteRepository").parameters().path("force").asBoolean()).isTrue();
        assertThat(aws.ecr().repository(REPOSITORY)).isEmpty();
        assertThat(aws.iam().role(ROLE)).isEmpty();
        MemoryTwinFixture.await(() -> memories("aws_it_memory").isEmpty(), "the memory to be deleted");
    }

    @Test
    void launch_aws_refuses_a_malformed_memory_id_before_any_call_and_an_unknown_one_after_get_memory() throws Exception {
        Files.createDirectories(Path.of(file()).getParent());
        Files.writeString(Path.of(file()), """
                {"name": "aws_it", "region": "eu-west-1", "model": "offline", "auth": "iam", "network": "public",
                 "idle-timeout": 900, "max-lifetime": 28800, "memory": "aws_it_memory"}""");
        CliRun malformed = CliRun.of("launch", "--aws", "--file", file());
        assertThat(malformed.code()).isNotZero();
        assertThat(malformed.err()).contains("memory 'aws_it_memory' is neither auto, none nor a memory id");
        assertThat(aws.calls().all()).isEmpty();
        Files.delete(Path.of(file()));

        assertThat(CliRun.of("configure", "--name", NAME, "--region", REGION, "--memory", "gone_memory-A1b2C3d4E5",
                "--file", file()).code()).isZero();
        CliRun unknown = CliRun.of("launch", "--aws", "--base", "tar://" + baseImage(), "--file", file());
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("memory gone_memory-A1b2C3d4E5 does not exist in AWS (eu-west-1)")
                .contains("./ac4j configure --memory ID").contains("--memory auto");
        // Only the account was asked; nothing was created, built, pushed or deployed.
        assertThat(services(aws.calls().all())).containsExactly("sts:GetCallerIdentity");
        assertThat(aws.calls().operations("registry")).isEmpty();
        assertThat(control.listAgentRuntimes(b -> { }).agentRuntimes()).isEmpty();
        assertThat(control.listMemories(b -> { }).memories()).isEmpty();
    }

    @Test
    void logs_aws_names_the_group_and_says_when_it_does_not_exist_yet() {
        String id = null;
        for (int attempt = 1; id == null; attempt++) { // this twin refuses each fresh role twice
            try {
                id = control.createAgentRuntime(b -> b.agentRuntimeName(NAME).roleArn(ROLE_ARN)
                        .networkConfiguration(n -> n.networkMode("PUBLIC"))
                        .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinConfig.BUNDLED_AGENT_URI))))
                        .agentRuntimeId();
            } catch (ValidationException refused) {
                assertThat(attempt).isLessThan(3);
            }
        }
        CliRun logs = CliRun.of("logs", "--aws", "--name", NAME, "--region", REGION, "--file", file());
        assertThat(logs.code()).as(logs.err()).isZero();
        assertThat(logs.err()).contains("no log group /aws/bedrock-agentcore/runtimes/" + id + "-DEFAULT yet");
        assertThat(CliRun.of("logs", "--aws", "--name", NAME, "--since", "soon", "--file", file()).err())
                .contains("--since 'soon' is not a duration");
        assertThat(CliRun.of("status", "--aws", "--name", "other_agent", "--region", REGION, "--file", file()).err())
                .contains("no runtime named 'other_agent' in AWS (eu-west-1): launch it with ./ac4j launch --aws");
        assertThat(CliRun.of("destroy", "--name", NAME, "--delete-role", "--file", file()).err())
                .contains("--delete-repository and --delete-role apply to --aws");
    }

    private String file() {
        return home.resolve(".ac4j/deploy.json").toString();
    }

    /** A small Docker-format arm64 base image with a label the pushed image must inherit. */
    private Path baseImage() throws Exception {
        Path jar = home.resolve("base/base-marker.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("marker.txt"));
            out.write("base layer".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path tar = home.resolve("base/base.tar");
        ContainerImages.build(ImageSpec.builder().jars(List.of(jar)).base("scratch").label("test.base", "arm64-base")
                .cacheDirectory(home.resolve("base/jib-cache")).build(), ImageTarget.tar(tar, "test/base:1"));
        return tar;
    }

    /** AWS API calls in order; the registry's blob traffic is left out. */
    private static List<String> services(List<Call> calls) {
        return calls.stream().filter(c -> !c.service().equals("registry")).map(Call::name).toList();
    }

    private List<String> memories(String name) {
        return control.listMemoriesPaginator(b -> b.maxResults(100)).memories().stream()
                .map(m -> m.id()).filter(id -> id.startsWith(name + "-")).toList();
    }

    private String onlyMemory(String name) {
        List<String> matching = memories(name);
        assertThat(matching).as("memories named " + name).hasSize(1);
        return matching.getFirst();
    }

    private AgentRuntime only(String name) {
        List<AgentRuntime> matching = control.listAgentRuntimesPaginator(b -> b.maxResults(100)).agentRuntimes().stream()
                .filter(r -> r.agentRuntimeName().equals(name)).toList();
        assertThat(matching).as("runtimes named " + name).hasSize(1);
        return matching.getFirst();
    }

    /** The runtime as the twin stores it, members the 2.40.2 SDK model does not know included. */
    private JsonNode rawRuntime(String id) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(twin.endpoint() + "/runtimes/" + id + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String[] with(List<String> target, String command, String... rest) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(rest));
        all.addAll(target);
        return all.toArray(String[]::new);
    }
}

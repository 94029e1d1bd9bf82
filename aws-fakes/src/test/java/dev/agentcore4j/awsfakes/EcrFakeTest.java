package dev.agentcore4j.awsfakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.AuthorizationData;
import software.amazon.awssdk.services.ecr.model.InvalidParameterException;
import software.amazon.awssdk.services.ecr.model.LifecyclePolicyNotFoundException;
import software.amazon.awssdk.services.ecr.model.Repository;
import software.amazon.awssdk.services.ecr.model.RepositoryAlreadyExistsException;
import software.amazon.awssdk.services.ecr.model.RepositoryNotFoundException;

class EcrFakeTest {

    private final AwsFakes aws = AwsFakes.start(Clients.ACCOUNT, Clients.REGION);
    private final EcrClient ecr = Clients.ecr(aws);

    @AfterEach
    void close() {
        ecr.close();
        aws.close();
    }

    @Test
    void a_missing_repository_is_a_RepositoryNotFoundException_and_creating_it_scans_on_push() {
        assertThatThrownBy(() -> ecr.describeRepositories(b -> b.repositoryNames("agentcore4j/my-agent")))
                .isInstanceOf(RepositoryNotFoundException.class)
                .hasMessageContaining("The repository with name 'agentcore4j/my-agent' does not exist in the registry with id '210987654321'");

        Repository created = ecr.createRepository(b -> b.repositoryName("agentcore4j/my-agent")
                .imageScanningConfiguration(s -> s.scanOnPush(true))).repository();

        assertThat(created.repositoryUri()).isEqualTo("210987654321.dkr.ecr.eu-west-1.amazonaws.com/agentcore4j/my-agent");
        assertThat(created.repositoryArn()).isEqualTo("arn:aws:ecr:eu-west-1:210987654321:repository/agentcore4j/my-agent");
        assertThat(created.createdAt()).isNotNull();
        Repository described = ecr.describeRepositories(b -> b.repositoryNames("agentcore4j/my-agent")).repositories().getFirst();
        assertThat(described.imageScanningConfiguration().scanOnPush()).isTrue();
        assertThat(aws.calls().operations()).containsExactly("ecr:DescribeRepositories", "ecr:CreateRepository",
                "ecr:DescribeRepositories");
        assertThat(aws.calls().of("ecr", "CreateRepository").getFirst().parameters().path("imageScanningConfiguration")
                .path("scanOnPush").asBoolean()).isTrue();
        assertThat(aws.calls().all()).allMatch(c -> c.signingRegion().equals("eu-west-1"));
    }

    @Test
    void creating_a_repository_twice_or_with_a_bad_name_fails_as_ecr_does() {
        ecr.createRepository(b -> b.repositoryName("agentcore4j/a"));
        assertThatThrownBy(() -> ecr.createRepository(b -> b.repositoryName("agentcore4j/a")))
                .isInstanceOf(RepositoryAlreadyExistsException.class);
        assertThatThrownBy(() -> ecr.createRepository(b -> b.repositoryName("Agent_Core")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("repositoryName");
    }

    @Test
    void lifecycle_policies_are_stored_per_repository() {
        ecr.createRepository(b -> b.repositoryName("agentcore4j/a"));
        assertThatThrownBy(() -> ecr.getLifecyclePolicy(b -> b.repositoryName("agentcore4j/a")))
                .isInstanceOf(LifecyclePolicyNotFoundException.class);
        ecr.putLifecyclePolicy(b -> b.repositoryName("agentcore4j/a").lifecyclePolicyText("{\"rules\":[]}"));
        assertThat(ecr.getLifecyclePolicy(b -> b.repositoryName("agentcore4j/a")).lifecyclePolicyText()).isEqualTo("{\"rules\":[]}");
        assertThatThrownBy(() -> ecr.putLifecyclePolicy(b -> b.repositoryName("agentcore4j/a").lifecyclePolicyText("{")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void the_authorization_token_is_AWS_and_a_password_for_the_registry_fake() {
        AuthorizationData data = ecr.getAuthorizationToken(b -> { }).authorizationData().getFirst();
        String decoded = new String(Base64.getDecoder().decode(data.authorizationToken()), StandardCharsets.UTF_8);
        assertThat(decoded).startsWith("AWS:").hasSizeGreaterThan(20);
        assertThat(data.proxyEndpoint()).isEqualTo(aws.registry().endpoint().toString());
        assertThat(data.expiresAt()).isAfter(java.time.Instant.now().plusSeconds(3600));
    }

    @Test
    void an_unsigned_request_is_refused() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(aws.ecr().endpoint() + "/"))
                .header("X-Amz-Target", "AmazonEC2ContainerRegistry_V20150921.DescribeRepositories")
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("MissingAuthenticationTokenException");
        assertThat(aws.calls().isEmpty()).isTrue();
    }
}

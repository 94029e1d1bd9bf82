package dev.agentcore4j.awsfakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Platform;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.RepositoryNotEmptyException;

/** Jib, the client launch --aws pushes with, against the registry fake, authenticated by an ECR token. */
class RegistryFakeTest {

    private static final String REPOSITORY = "agentcore4j/my-agent";

    @TempDir
    Path dir;

    private final AwsFakes aws = AwsFakes.start(Clients.ACCOUNT, Clients.REGION);
    private final EcrClient ecr = Clients.ecr(aws);

    @AfterEach
    void close() {
        ecr.close();
        aws.close();
    }

    @Test
    void jib_pushes_an_arm64_image_that_the_test_reads_back_and_a_second_push_reuses_the_blobs() throws Exception {
        ecr.createRepository(b -> b.repositoryName(REPOSITORY));
        List<RegistryFake.Push> pushes = new ArrayList<>();
        aws.registry().onPush(pushes::add);

        String digest = push("v1");

        assertThat(pushes).containsExactly(new RegistryFake.Push(REPOSITORY, "v1", digest));
        assertThat(aws.registry().tags(REPOSITORY)).containsExactly("v1");
        JsonNode manifest = aws.registry().manifest(REPOSITORY, "v1").orElseThrow();
        assertThat(manifest.path("mediaType").asText()).isEqualTo(RegistryFake.MANIFEST_V2);
        assertThat(manifest.path("layers")).hasSize(1);
        JsonNode config = aws.registry().config(REPOSITORY, digest).orElseThrow();
        assertThat(config.path("architecture").asText()).isEqualTo("arm64");
        assertThat(config.path("os").asText()).isEqualTo("linux");
        assertThat(config.path("config").path("Entrypoint").toString()).isEqualTo("[\"java\",\"-jar\",\"/app/app.jar\"]");
        assertThat(config.path("config").path("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(aws.calls().operations("registry")).contains("POST upload", "PATCH upload", "PUT upload", "PUT manifest");

        aws.calls().clear();
        assertThat(push("v2")).isEqualTo(digest);
        assertThat(aws.calls().operations("registry")).doesNotContain("PATCH upload").contains("HEAD blob", "PUT manifest");
        assertThat(aws.registry().tags(REPOSITORY)).containsExactly("v1", "v2");
    }

    @Test
    void a_repository_with_images_is_deleted_only_with_force() throws Exception {
        ecr.createRepository(b -> b.repositoryName(REPOSITORY));
        push("v1");
        assertThatThrownBy(() -> ecr.deleteRepository(b -> b.repositoryName(REPOSITORY)))
                .isInstanceOf(RepositoryNotEmptyException.class);
        ecr.deleteRepository(b -> b.repositoryName(REPOSITORY).force(true));
        assertThat(aws.registry().tags(REPOSITORY)).isEmpty();
        assertThat(aws.ecr().repository(REPOSITORY)).isEmpty();
    }

    @Test
    void requests_without_the_ecr_password_get_a_basic_challenge_and_unknown_repositories_are_name_unknown() throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(aws.registry().trustingContext()).build();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(aws.registry().endpoint() + "/v2/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic realm=");

        String basic = "Basic " + ecr.getAuthorizationToken(b -> { }).authorizationData().getFirst().authorizationToken();
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(aws.registry().endpoint()
                + "/v2/agentcore4j/none/manifests/latest")).header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("NAME_UNKNOWN");
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(aws.registry().endpoint() + "/v2/"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("AWS:guess".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    /** Pushes a one-file arm64 image under {@code tag} with the token's credentials; returns the manifest digest. */
    private String push(String tag) throws Exception {
        String token = new String(Base64.getDecoder().decode(
                ecr.getAuthorizationToken(b -> { }).authorizationData().getFirst().authorizationToken()), StandardCharsets.UTF_8);
        Path jar = dir.resolve("app.jar");
        Files.writeString(jar, "not really a jar, but bytes in a layer");
        String host = aws.registry().endpoint().getAuthority();
        RegistryImage target = RegistryImage.named(ImageReference.parse(host + "/" + REPOSITORY + ":" + tag))
                .addCredential("AWS", token.substring("AWS:".length()));
        // The registry's certificate is self-signed: Jib verifies, fails, and retries without verification.
        JibContainer container = Jib.fromScratch()
                    .setPlatforms(Set.of(new Platform("arm64", "linux")))
                    .addLayer(List.of(jar), AbsoluteUnixPath.get("/app"))
                    .setEntrypoint(List.of("java", "-jar", "/app/app.jar"))
                    .setExposedPorts(Set.of(Port.tcp(8080)))
                    .setCreationTime(Instant.EPOCH)
                    .setFormat(ImageFormat.Docker)
                    .containerize(Containerizer.to(target).setAllowInsecureRegistries(true)
                        .setApplicationLayersCache(dir.resolve("cache")).setBaseImageLayersCache(dir.resolve("base-cache")));
        return container.getDigest().toString();
    }
}

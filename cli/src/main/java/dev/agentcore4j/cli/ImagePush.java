package dev.agentcore4j.cli;

import dev.agentcore4j.image.BuiltImage;
import dev.agentcore4j.image.ContainerImages;
import dev.agentcore4j.image.ImageSpec;
import dev.agentcore4j.image.ImageTarget;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.AuthorizationData;

/**
 * Builds the agent image with Jib and pushes it to the ECR registry that {@code GetAuthorizationToken}
 * names ({@code proxyEndpoint}), with the token's user ({@code AWS}) and password. The runtime then runs
 * {@code <repository URI>:<tag>}. The registry must speak HTTPS; Jib verifies its certificate unless it is
 * on this machine (a test's stand-in).
 */
final class ImagePush {

    private ImagePush() {
    }

    /** The pushed image: what the runtime runs, and the manifest digest. */
    record Pushed(String containerUri, String digest) {
    }

    static Pushed push(EcrClient ecr, EcrRepository repository, ImageSpec spec, String tag, PrintStream progress) {
        AuthorizationData authorization = ecr.getAuthorizationToken(b -> { }).authorizationData().getFirst();
        String token = new String(Base64.getDecoder().decode(authorization.authorizationToken()), StandardCharsets.UTF_8);
        int colon = token.indexOf(':');
        if (colon <= 0) {
            throw new IllegalStateException("ECR returned an authorization token that is not user:password");
        }
        URI registry = URI.create(authorization.proxyEndpoint());
        if (!"https".equals(registry.getScheme()) || registry.getAuthority() == null) {
            throw new IllegalStateException("ECR named the registry " + authorization.proxyEndpoint()
                    + ", not an https:// endpoint: refusing to send the push credentials there");
        }
        String reference = registry.getAuthority() + "/" + repository.name() + ":" + tag;
        progress.printf("Building and pushing the image (Jib, %s, base %s) from %d jars to %s …%n", spec.platform(),
                spec.base(), spec.jars().size(), reference);
        BuiltImage image = ContainerImages.build(spec,
                ImageTarget.registry(reference, token.substring(0, colon), token.substring(colon + 1)));
        String containerUri = repository.uri() + ":" + tag;
        progress.printf("Pushed %s (%s)%n", containerUri, image.digest());
        return new Pushed(containerUri, image.digest());
    }
}

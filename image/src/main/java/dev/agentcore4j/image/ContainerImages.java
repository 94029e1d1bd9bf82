package dev.agentcore4j.image;

import java.util.Objects;

/**
 * Builds the agent container image with Jib; no Docker daemon needed except for
 * {@link ImageTarget#daemon(String)}.
 *
 * <pre>{@code
 * BuiltImage image = ContainerImages.build(
 *         ImageSpec.builder().jars(jars).base("scratch").build(),
 *         ImageTarget.tar(Path.of("target/agent-image.tar"), "agentcore4j-agent:latest"));
 * System.out.println(image.digest());
 * }</pre>
 */
public final class ContainerImages {

    private ContainerImages() {
    }

    /**
     * Builds {@code spec} into {@code target}, blocking until the image is written.
     *
     * @throws ImageBuildException when an input is missing or the base cannot be read or pulled, or the
     *                             target cannot be written; the message names the fix where one is known
     */
    public static BuiltImage build(ImageSpec spec, ImageTarget target) {
        return new JibImageBuild(Objects.requireNonNull(spec, "spec"), Objects.requireNonNull(target, "target"))
                .run();
    }
}

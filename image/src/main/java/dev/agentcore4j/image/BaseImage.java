package dev.agentcore4j.image;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import java.nio.file.Path;
import java.util.Objects;

/** The base an image starts from, parsed from the strings {@link ImageSpec#base()} accepts. */
sealed interface BaseImage {

    String TAR_PREFIX = "tar://";
    String DOCKER_PREFIX = "docker://";
    String REGISTRY_PREFIX = "registry://";

    /** No layers at all: structurally complete, but without a JVM the image does not run. */
    record Scratch() implements BaseImage {
    }

    /** A Docker-format image tar ({@code docker save} or a Jib tar); works offline. */
    record TarFile(Path file) implements BaseImage {
    }

    /** An image in the local Docker daemon. */
    record Daemon(String reference) implements BaseImage {
    }

    /** An image pulled from a registry. */
    record Registry(ImageReference reference) implements BaseImage {
    }

    static BaseImage parse(String base) {
        ImageSpec.requireText(base, "base");
        if (base.equals("scratch")) {
            return new Scratch();
        }
        if (base.startsWith(TAR_PREFIX)) {
            return new TarFile(Path.of(ImageSpec.requireText(base.substring(TAR_PREFIX.length()), "tar:// path")));
        }
        if (base.startsWith(DOCKER_PREFIX)) {
            return new Daemon(reference(base.substring(DOCKER_PREFIX.length())).toString());
        }
        String name = base.startsWith(REGISTRY_PREFIX) ? base.substring(REGISTRY_PREFIX.length()) : base;
        return new Registry(reference(name));
    }

    private static ImageReference reference(String name) {
        try {
            return ImageReference.parse(Objects.requireNonNull(name));
        } catch (InvalidImageReferenceException e) {
            throw new IllegalArgumentException("not an image reference: '" + name
                    + "' (use scratch, tar://<path>, docker://<name> or a registry reference such as "
                    + ImageSpec.DEFAULT_BASE + ")", e);
        }
    }
}

package dev.agentcore4j.image;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a built image goes.
 *
 * <pre>{@code
 * ImageTarget.tar(Path.of("target/agent-image.tar"), "agentcore4j-agent:latest");
 * ImageTarget.registry(repositoryUri + ":v1", "AWS", ecrAuthorizationToken);
 * ImageTarget.daemon("agentcore4j-agent:latest");
 * }</pre>
 */
public sealed interface ImageTarget {

    /** The image reference (name and tag) the image is written as. */
    String reference();

    /** A Docker-format tar at {@code file}; load it where Docker runs with {@code docker load -i}. */
    static ImageTarget tar(Path file, String reference) {
        return new Tar(file, reference);
    }

    /** A registry push relying on no credentials (a registry that accepts anonymous pushes). */
    static ImageTarget registry(String reference) {
        return new Registry(reference, Optional.empty());
    }

    /**
     * A registry push with a user name and password; for ECR the user is {@code AWS} and the password
     * the token from {@code GetAuthorizationToken} (the part after {@code AWS:} once decoded).
     */
    static ImageTarget registry(String reference, String username, String password) {
        return new Registry(reference, Optional.of(new Credential(username, password)));
    }

    /** The local Docker daemon, through the {@code docker} executable on the PATH. */
    static ImageTarget daemon(String reference) {
        return new Daemon(reference);
    }

    /** A Docker-format image tar. */
    record Tar(Path file, String reference) implements ImageTarget {
        public Tar {
            Objects.requireNonNull(file, "file");
            ImageSpec.requireText(reference, "reference");
        }
    }

    /** A push to a container registry. */
    record Registry(String reference, Optional<Credential> credential) implements ImageTarget {
        public Registry {
            ImageSpec.requireText(reference, "reference");
            Objects.requireNonNull(credential, "credential");
        }
    }

    /** A load into the local Docker daemon. */
    record Daemon(String reference) implements ImageTarget {
        public Daemon {
            ImageSpec.requireText(reference, "reference");
        }
    }

    /** Registry credentials; {@link #toString()} never shows the password. */
    record Credential(String username, String password) {
        public Credential {
            ImageSpec.requireText(username, "username");
            ImageSpec.requireText(password, "password");
        }

        @Override
        public String toString() {
            return "Credential[username=" + username + ", password=***]";
        }
    }
}

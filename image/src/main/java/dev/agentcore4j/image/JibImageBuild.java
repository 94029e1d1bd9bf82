package dev.agentcore4j.image;

import com.google.cloud.tools.jib.api.CacheDirectoryCreationException;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.DockerDaemonImage;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Platform;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/** One Jib build of an {@link ImageSpec} into an {@link ImageTarget}. */
final class JibImageBuild {

    private static final System.Logger LOG = System.getLogger(JibImageBuild.class.getName());

    static final String PULL_FAILURE_HINT = "registries other than Maven Central are unreachable here:"
            + " use --base scratch or --base tar://<docker-format image tar>";
    static final String NO_DOCKER_HINT = "no docker executable on the PATH: build a tar instead"
            + " (ImageTarget.tar) and run `docker load -i <tar>` where Docker runs";

    private final ImageSpec spec;
    private final ImageTarget target;
    private final BaseImage base;

    JibImageBuild(ImageSpec spec, ImageTarget target) {
        this.spec = spec;
        this.target = target;
        this.base = BaseImage.parse(spec.base());
    }

    BuiltImage run() {
        checkInputs();
        JibContainerBuilder builder = from(base)
                .setPlatforms(Set.of(new Platform(spec.architecture(), spec.os())))
                .setFileEntriesLayers(layers())
                .setEntrypoint(spec.entrypoint())
                .setProgramArguments(spec.args())
                .setExposedPorts(Set.of(Port.tcp(spec.port())))
                .setEnvironment(spec.environment())
                .setUser(spec.user())
                .setWorkingDirectory(AbsoluteUnixPath.get(ImageSpec.APP_DIR))
                .setLabels(spec.labels())
                .setCreationTime(Instant.EPOCH)
                .setFormat(ImageFormat.Docker);
        try {
            JibContainer container = builder.containerize(containerizer());
            LOG.log(System.Logger.Level.INFO, "image={0} digest={1} | image built", target.reference(),
                    container.getDigest());
            return new BuiltImage(target.reference(), container.getDigest().toString(),
                    container.getImageId().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageBuildException("interrupted while building " + target.reference(), e);
        } catch (ExecutionException e) {
            throw failure(e.getCause() == null ? e : e.getCause());
        } catch (RegistryException | IOException | CacheDirectoryCreationException | RuntimeException e) {
            throw failure(e);
        }
    }

    private void checkInputs() {
        for (Path jar : spec.jars()) {
            if (!Files.isRegularFile(jar)) {
                throw new ImageBuildException("jar not found: " + jar
                        + " (build the application first, e.g. ./mvnw -B package -pl cli -am)");
            }
        }
        spec.aotCache().ifPresent(aot -> {
            if (!Files.isRegularFile(aot)) {
                throw new ImageBuildException("AOT cache not found: " + aot
                        + " (create it with java -XX:AOTCacheOutput=<file> ..., or build without one)");
            }
        });
        if (base instanceof BaseImage.TarFile(Path file) && !Files.isRegularFile(file)) {
            throw new ImageBuildException("base image tar not found: " + file
                    + " (a Docker-format tar, e.g. from `docker save` or an earlier tar build)");
        }
        if ((base instanceof BaseImage.Daemon || target instanceof ImageTarget.Daemon) && !dockerOnPath()) {
            throw new ImageBuildException(NO_DOCKER_HINT);
        }
    }

    private static JibContainerBuilder from(BaseImage base) {
        return switch (base) {
            case BaseImage.Scratch() -> Jib.fromScratch();
            case BaseImage.TarFile(Path file) -> Jib.from(TarImage.at(file));
            case BaseImage.Daemon(String reference) -> Jib.from(DockerDaemonImage.named(parsed(reference)));
            case BaseImage.Registry(var reference) -> Jib.from(RegistryImage.named(reference));
        };
    }

    /** Dependencies first: they change least, so a code change rebuilds only the layers above them. */
    private List<FileEntriesLayer> layers() {
        var dependencies = FileEntriesLayer.builder().setName("dependencies");
        var application = FileEntriesLayer.builder().setName("application");
        boolean anyDependency = false;
        boolean anyApplication = false;
        for (Path jar : spec.jars()) {
            String name = jar.getFileName().toString();
            AbsoluteUnixPath inImage = AbsoluteUnixPath.get(ImageSpec.LIB_DIR).resolve(name);
            if (name.startsWith(spec.appJarPrefix())) {
                application.addEntry(jar, inImage);
                anyApplication = true;
            } else {
                dependencies.addEntry(jar, inImage);
                anyDependency = true;
            }
        }
        var layers = new ArrayList<FileEntriesLayer>();
        if (anyDependency) {
            layers.add(dependencies.build());
        }
        if (anyApplication) {
            layers.add(application.build());
        }
        spec.aotCache().ifPresent(aot -> layers.add(FileEntriesLayer.builder().setName("aot-cache")
                .addEntry(aot, AbsoluteUnixPath.get(ImageSpec.AOT_CACHE_PATH)).build()));
        return layers;
    }

    private Containerizer containerizer() throws IOException {
        Containerizer containerizer = switch (target) {
            case ImageTarget.Tar(Path file, String reference) -> {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                yield Containerizer.to(TarImage.at(file).named(parsed(reference)));
            }
            case ImageTarget.Registry(String reference, var credential) -> {
                RegistryImage image = RegistryImage.named(parsed(reference));
                credential.ifPresent(c -> image.addCredential(c.username(), c.password()));
                yield Containerizer.to(image);
            }
            case ImageTarget.Daemon(String reference) -> Containerizer.to(DockerDaemonImage.named(parsed(reference)));
        };
        boolean needsNetwork = base instanceof BaseImage.Registry || target instanceof ImageTarget.Registry;
        // Explicit caches keep Jib away from its shared defaults (/tmp and the user cache); `mvn clean` resets them.
        return containerizer
                .setAllowInsecureRegistries(loopbackRegistry())
                .setApplicationLayersCache(spec.cacheDirectory().resolve("application"))
                .setBaseImageLayersCache(spec.cacheDirectory().resolve("base"))
                .setOfflineMode(!needsNetwork)
                .setToolName("agentcore4j")
                .addEventHandler(LogEvent.class, JibImageBuild::log);
    }

    /**
     * A registry on this machine (a test's stand-in for ECR, a local mirror) may present a self-signed
     * certificate, so Jib may skip TLS verification for it; a registry anywhere else is always verified.
     */
    private boolean loopbackRegistry() {
        if (!(target instanceof ImageTarget.Registry registry)) {
            return false;
        }
        String host = parsed(registry.reference()).getRegistry().replaceFirst(":[0-9]+$", "");
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
    }

    ImageBuildException failure(Throwable cause) {
        if (cause instanceof ImageBuildException known) {
            return known;
        }
        if (base instanceof BaseImage.Registry(var reference) && isPullFailure(cause, reference.getRegistry())) {
            return new ImageBuildException("could not pull base image " + spec.base() + " (" + describe(cause)
                    + "); " + PULL_FAILURE_HINT, cause);
        }
        return new ImageBuildException("could not build " + target.reference() + " from " + spec.base() + ": "
                + describe(cause), cause);
    }

    /**
     * Jib reports no step with its errors, so a network or registry failure counts as a pull failure when
     * only the base needs the network, or when it names the base's registry.
     */
    private boolean isPullFailure(Throwable cause, String baseRegistry) {
        boolean network = false;
        boolean namesBase = false;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            network |= t instanceof RegistryException || t instanceof java.net.SocketException
                    || t instanceof java.net.UnknownHostException || t instanceof java.net.SocketTimeoutException
                    || t instanceof javax.net.ssl.SSLException
                    || t.getClass().getName().startsWith("org.apache.http.");
            namesBase |= String.valueOf(t.getMessage()).contains(baseRegistry);
        }
        return network && (!(target instanceof ImageTarget.Registry) || namesBase);
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == cause ? String.valueOf(cause.getMessage())
                : cause.getMessage() + " <- " + root.getMessage();
        return cause.getClass().getSimpleName() + ": " + message;
    }

    private static com.google.cloud.tools.jib.api.ImageReference parsed(String reference) {
        try {
            return com.google.cloud.tools.jib.api.ImageReference.parse(reference);
        } catch (InvalidImageReferenceException e) {
            throw new ImageBuildException("not an image reference: '" + reference + "'", e);
        }
    }

    private static boolean dockerOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "docker"))) {
                return true;
            }
        }
        return false;
    }

    private static void log(LogEvent event) {
        System.Logger.Level level = switch (event.getLevel()) {
            case ERROR -> System.Logger.Level.ERROR;
            case WARN -> System.Logger.Level.WARNING;
            case LIFECYCLE, INFO -> System.Logger.Level.DEBUG;
            case PROGRESS, DEBUG -> System.Logger.Level.TRACE;
        };
        LOG.log(level, "jib | {0}", event.getMessage());
    }
}

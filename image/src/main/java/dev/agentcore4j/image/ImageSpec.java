package dev.agentcore4j.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What goes into the agent image. Build one with {@link #builder()}; every value but the jars has a
 * default that matches the repository's {@code Dockerfile}.
 *
 * <pre>{@code
 * ImageSpec spec = ImageSpec.builder()
 *         .jars(List.of(Path.of("cli/target/lib/agentcore4j-cli.jar"), ...))
 *         .base("tar://target/base-image.tar")   // or "scratch"; default eclipse-temurin:25-jre
 *         .version("0.1.0")
 *         .build();
 * }</pre>
 *
 * @param jars           application jars, copied to {@value #LIB_DIR}; names must end in {@code .jar}
 *                       and be unique
 * @param mainClass      the class {@code java} starts
 * @param args           the image's Cmd, the program arguments (default {@code agent})
 * @param base           {@code scratch}, {@code tar://<path>} (a Docker-format tar), {@code docker://<name>}
 *                       (a local daemon image) or a registry reference
 * @param platform       {@code os/arch}, default {@code linux/arm64} (AgentCore Runtime runs arm64 only)
 * @param jvmFlags       flags placed between {@code java} and {@code -cp}
 * @param aotCache       an AOT cache file ({@code -XX:AOTCacheOutput}) copied to {@value #AOT_CACHE_PATH};
 *                       {@code -XX:AOTCache} is added to the entrypoint only when present
 * @param port           the exposed TCP port
 * @param environment    container environment, sorted by name
 * @param user           {@code uid:gid} the process runs as
 * @param labels         image labels, sorted by name
 * @param appJarPrefix   jars whose file name starts with this go in the application layer, the rest in
 *                       the dependency layer, so a code change leaves the dependency layer cached
 * @param cacheDirectory Jib's layer caches; keep it under the build's {@code target/}
 */
public record ImageSpec(
        List<Path> jars,
        String mainClass,
        List<String> args,
        String base,
        String platform,
        List<String> jvmFlags,
        Optional<Path> aotCache,
        int port,
        Map<String, String> environment,
        String user,
        Map<String, String> labels,
        String appJarPrefix,
        Path cacheDirectory) {

    public static final String APP_DIR = "/app";
    public static final String LIB_DIR = "/app/lib";
    public static final String AOT_CACHE_PATH = "/app/app.aot";
    /** Expanded by the {@code java} launcher, in exec form no shell is involved. */
    public static final String CLASSPATH = LIB_DIR + "/*";

    public static final String DEFAULT_MAIN_CLASS = "dev.agentcore4j.cli.Main";
    public static final List<String> DEFAULT_ARGS = List.of("agent");
    public static final String DEFAULT_BASE = "eclipse-temurin:25-jre";
    public static final String DEFAULT_PLATFORM = "linux/arm64";
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_USER = "1000:1000";
    public static final String DEFAULT_APP_JAR_PREFIX = "agentcore4j-";

    /**
     * Container defaults for an I/O-bound agent server: the serial collector and a fixed small heap
     * keep the footprint low (a 32 MB initial heap: small enough for a low idle RSS, large enough that the young generation does not collect every few milliseconds under load), C1 only ({@code TieredStopAtLevel=1}) trades peak throughput the server
     * does not need (it waits on models) for less CPU and memory while warming up, and an
     * out-of-memory error ends the process so the runtime restarts it instead of limping on.
     */
    public static final List<String> DEFAULT_JVM_FLAGS = List.of(
            "-XX:+UseSerialGC",
            "-Xms32m",
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError");

    public static final String LABEL_TITLE = "org.opencontainers.image.title";
    public static final String LABEL_SOURCE = "org.opencontainers.image.source";
    public static final String LABEL_VERSION = "org.opencontainers.image.version";

    private static final Pattern PLATFORM = Pattern.compile("([a-z0-9]+)/([a-z0-9_]+)");

    public ImageSpec {
        Objects.requireNonNull(jars, "jars");
        if (jars.isEmpty()) {
            throw new IllegalArgumentException("no application jars given: pass the jars of cli/target/lib");
        }
        jars = List.copyOf(jars);
        var names = new HashSet<String>();
        for (Path jar : jars) {
            String name = String.valueOf(jar.getFileName());
            if (!name.endsWith(".jar")) {
                throw new IllegalArgumentException("not a jar: " + jar + " (the class path " + CLASSPATH
                        + " only picks up files ending in .jar)");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("two jars named " + name + ": file names must be unique in "
                        + LIB_DIR);
            }
        }
        requireText(mainClass, "mainClass");
        args = List.copyOf(args);
        BaseImage.parse(base);
        platformParts(platform);
        jvmFlags = List.copyOf(jvmFlags);
        Objects.requireNonNull(aotCache, "aotCache");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1-65535, was " + port);
        }
        environment = sortedCopy(environment, "environment");
        requireText(user, "user");
        labels = sortedCopy(labels, "labels");
        requireText(appJarPrefix, "appJarPrefix");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The image's Entrypoint: {@code java <jvm flags> [-XX:AOTCache=/app/app.aot] -cp /app/lib/* <main>};
     * the program arguments are the Cmd, so {@code docker run <image> <other command>} still works.
     */
    public List<String> entrypoint() {
        var entrypoint = new ArrayList<String>();
        entrypoint.add("java");
        entrypoint.addAll(jvmFlags);
        aotCache.ifPresent(_ -> entrypoint.add("-XX:AOTCache=" + AOT_CACHE_PATH));
        entrypoint.addAll(List.of("-cp", CLASSPATH, mainClass));
        return List.copyOf(entrypoint);
    }

    /** The operating system part of {@link #platform()}, e.g. {@code linux}. */
    public String os() {
        return platformParts(platform)[0];
    }

    /** The architecture part of {@link #platform()}, e.g. {@code arm64}. */
    public String architecture() {
        return platformParts(platform)[1];
    }

    private static String[] platformParts(String platform) {
        Objects.requireNonNull(platform, "platform");
        var matcher = PLATFORM.matcher(platform);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("platform must be os/arch such as linux/arm64 (AgentCore Runtime)"
                    + " or linux/amd64, was '" + platform + "'");
        }
        return new String[] {matcher.group(1), matcher.group(2)};
    }

    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    private static Map<String, String> sortedCopy(Map<String, String> map, String name) {
        Objects.requireNonNull(map, name);
        var sorted = new TreeMap<String, String>();
        map.forEach((key, value) -> sorted.put(requireText(key, name + " key"), Objects.requireNonNull(value, key)));
        // A sorted map keeps the image config, and so the digest, independent of insertion order.
        return Collections.unmodifiableMap(sorted);
    }

    /** Collects the inputs; {@link #build()} checks them. */
    public static final class Builder {
        private List<Path> jars = List.of();
        private String mainClass = DEFAULT_MAIN_CLASS;
        private List<String> args = DEFAULT_ARGS;
        private String base = DEFAULT_BASE;
        private String platform = DEFAULT_PLATFORM;
        private List<String> jvmFlags = DEFAULT_JVM_FLAGS;
        private Path aotCache;
        private int port = DEFAULT_PORT;
        private final Map<String, String> environment = new TreeMap<>(Map.of("DOCKER_CONTAINER", "1"));
        private String user = DEFAULT_USER;
        private final Map<String, String> labels = new TreeMap<>(Map.of(
                LABEL_TITLE, "agentcore4j-agent",
                LABEL_VERSION, "dev"));
        private String appJarPrefix = DEFAULT_APP_JAR_PREFIX;
        private Path cacheDirectory = Path.of("target", "jib-cache");

        private Builder() {
        }

        public Builder jars(List<Path> jars) {
            this.jars = List.copyOf(jars);
            return this;
        }

        public Builder mainClass(String mainClass) {
            this.mainClass = mainClass;
            return this;
        }

        public Builder args(List<String> args) {
            this.args = List.copyOf(args);
            return this;
        }

        /** {@code scratch}, {@code tar://<path>}, {@code docker://<name>} or a registry reference. */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /** {@code os/arch}, e.g. {@code linux/arm64}. */
        public Builder platform(String platform) {
            this.platform = platform;
            return this;
        }

        public Builder jvmFlags(List<String> jvmFlags) {
            this.jvmFlags = List.copyOf(jvmFlags);
            return this;
        }

        /** An AOT cache trained with the same jars at the same paths (see {@code docs/image.md}). */
        public Builder aotCache(Path aotCache) {
            this.aotCache = Objects.requireNonNull(aotCache, "aotCache");
            return this;
        }

        /** The exposed port, also given to the process as {@code PORT}. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder title(String title) {
            return label(LABEL_TITLE, title);
        }

        public Builder version(String version) {
            return label(LABEL_VERSION, version);
        }

        public Builder source(String sourceUrl) {
            return label(LABEL_SOURCE, sourceUrl);
        }

        public Builder label(String name, String value) {
            labels.put(name, value);
            return this;
        }

        public Builder appJarPrefix(String appJarPrefix) {
            this.appJarPrefix = appJarPrefix;
            return this;
        }

        public Builder cacheDirectory(Path cacheDirectory) {
            this.cacheDirectory = cacheDirectory;
            return this;
        }

        public ImageSpec build() {
            var env = new TreeMap<>(environment);
            env.putIfAbsent("PORT", Integer.toString(port));
            return new ImageSpec(jars, mainClass, args, base, platform, jvmFlags, Optional.ofNullable(aotCache),
                    port, env, user, labels, appJarPrefix, cacheDirectory);
        }
    }
}

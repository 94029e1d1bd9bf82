package dev.agentcore4j.cli;

import dev.agentcore4j.image.BuiltImage;
import dev.agentcore4j.image.ContainerImages;
import dev.agentcore4j.image.ImageSpec;
import dev.agentcore4j.image.ImageTarget;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Builds the agent image with Jib (linux/arm64, as AgentCore requires): for the twin into
 * {@code .ac4j/build/<name>.tar}, named the way ECR would name it: {@code <account>.dkr.ecr.<region>.amazonaws.com/<repo>:<tag>},
 * the tag being the start of the manifest digest, so equal inputs give an equal URI.
 */
final class LaunchImage {

    /** Registries are out of reach offline, so --local builds on scratch unless told otherwise. */
    static final String LOCAL_BASE = "scratch";
    static final String LOCAL_ACCOUNT = "123456789012";

    private LaunchImage() {
    }

    record Built(String containerUri, Path tar, BuiltImage image) {
    }

    /**
     * What goes into the image: the jars of this JVM's class path (see {@link LaunchJars}) on {@code base},
     * linux/arm64, the layer cache in {@code <buildDir>/jib-cache}. Checked here, before any call is made.
     */
    static ImageSpec spec(DeployConfig config, String base, Path buildDir) {
        List<Path> jars = LaunchJars.of(System.getProperty("java.class.path"), buildDir.resolve("classes"));
        return ImageSpec.builder().jars(jars).base(base).title(config.name())
                .cacheDirectory(buildDir.resolve("jib-cache")).build();
    }

    static Built build(DeployConfig config, String base, Path buildDir, PrintStream progress) {
        ImageSpec spec = spec(config, base, buildDir);
        String repository = repository(config.name());
        Path tar = buildDir.resolve(config.name() + ".tar");
        progress.printf("Building the image (Jib, %s, base %s%s) from %d jars …%n", spec.platform(), base,
                base.equals(LOCAL_BASE) ? ": no JVM inside, fine for the twin, which runs the agent on this machine;"
                        + " pass --base tar://<eclipse-temurin:25-jre tar> for a runnable image" : "", spec.jars().size());
        BuiltImage image = ContainerImages.build(spec, ImageTarget.tar(tar, repository + ":latest"));
        String tag = image.digest().substring(image.digest().indexOf(':') + 1, image.digest().indexOf(':') + 13);
        String uri = LOCAL_ACCOUNT + ".dkr.ecr." + config.region() + ".amazonaws.com/" + repository + ":" + tag;
        progress.printf("Built %s (%s)%n", tar, image.digest());
        return new Built(uri, tar, image);
    }

    /** An ECR repository name for the runtime name: {@code My_Agent} → {@code agentcore4j/my-agent}. */
    static String repository(String name) {
        return "agentcore4j/" + name.toLowerCase(Locale.ROOT).replaceAll("_+", "-").replaceAll("^-|-$", "");
    }
}

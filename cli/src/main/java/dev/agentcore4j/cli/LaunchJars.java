package dev.agentcore4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jars of this JVM's class path, which is what the image runs: a jar's manifest
 * {@code Class-Path} is followed (so {@code agentcore4j-cli.jar} brings {@code cli/target/lib}), and a
 * class directory (running from an IDE or a test) is packed into a jar with fixed entry times.
 */
final class LaunchJars {

    private LaunchJars() {
    }

    static List<Path> of(String classPath, Path buildDir) {
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                add(Path.of(entry).toAbsolutePath().normalize(), jars, buildDir);
            }
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("no jars on the class path '" + classPath + "': run ./ac4j from a build (./mvnw -pl cli -am install)");
        }
        return List.copyOf(jars.values());
    }

    private static void add(Path entry, Map<String, Path> jars, Path buildDir) {
        if (Files.isDirectory(entry)) {
            Path jar = pack(entry, buildDir);
            jars.putIfAbsent(jar.getFileName().toString(), jar);
        } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")
                && jars.putIfAbsent(entry.getFileName().toString(), entry) == null) {
            manifestClassPath(entry).forEach(next -> add(next, jars, buildDir));
        }
    }

    private static List<Path> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (value == null) {
                return List.of();
            }
            List<Path> paths = new ArrayList<>();
            for (String ref : value.trim().split("\\s+")) {
                URI uri = jar.toUri().resolve(ref);
                paths.add("file".equals(uri.getScheme()) ? Path.of(uri) : jar.resolveSibling(ref));
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar + ": " + e.getMessage(), e);
        }
    }

    /** {@code target/classes} → {@code agentcore4j-<module>-classes.jar}, in the application layer. */
    private static Path pack(Path dir, Path buildDir) {
        String module = dir.getParent() != null && dir.getParent().getParent() != null
                ? dir.getParent().getParent().getFileName() + "-" + dir.getFileName() : dir.getFileName().toString();
        Path jar = buildDir.resolve("agentcore4j-" + module + ".jar");
        try (Stream<Path> files = Files.walk(dir)) {
            Files.createDirectories(buildDir);
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
                for (Path file : sorted) {
                    JarEntry entry = new JarEntry(String.join("/", Arrays.stream(dir.relativize(file).toString()
                            .split(java.util.regex.Pattern.quote(java.io.File.separator))).toList()));
                    entry.setTime(0L); // equal classes give an equal jar, so an equal image digest
                    zip.putNextEntry(entry);
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack " + dir + " into " + jar + ": " + e.getMessage(), e);
        }
    }
}

package dev.agentcore4j.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Small real jars for image tests. */
final class TestJars {

    private TestJars() {
    }

    /** A jar holding one text entry; the same name and content always give the same bytes. */
    static Path jar(Path dir, String fileName, String content) {
        Path jar = dir.resolve(fileName);
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            var entry = new JarEntry("content.txt");
            entry.setLastModifiedTime(FileTime.fromMillis(0));
            out.putNextEntry(entry);
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }
}

package dev.agentcore4j.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The documents search_documents looks through, split into chunks: the markdown files bundled in
 * {@code docs/} plus {@code .md}/{@code .txt} files under the configured corpus directories.
 */
final class Corpus {

    /** A searchable piece of a document: one markdown section, or part of a long one. */
    record Chunk(String title, String source, String heading, String text) {
        /** What the embedding model sees: the document title, the section heading and the text. */
        String embeddingText() {
            return title + (heading.isEmpty() ? "" : " — " + heading) + "\n" + text;
        }
    }

    static final int MAX_FILES = 1_000;
    static final long MAX_FILE_BYTES = 512 * 1024;
    private static final int CHUNK_CHARS = 700;

    private Corpus() {
    }

    static List<Chunk> load(List<Path> directories) {
        List<Chunk> chunks = new ArrayList<>();
        for (String name : bundledNames()) {
            chunks.addAll(split("bundled:" + name, read(Corpus.class.getResourceAsStream("docs/" + name), name), name));
        }
        for (Path dir : directories) {
            for (Path file : files(dir)) {
                try {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    String relative = dir.relativize(file).toString().replace('\\', '/');
                    chunks.addAll(split("file:" + relative, text, file.getFileName().toString()));
                } catch (CharacterCodingException e) {
                    log("skipped a corpus file that is not UTF-8: " + file.getFileName());
                } catch (IOException e) {
                    log("skipped an unreadable corpus file: " + file.getFileName());
                }
            }
        }
        return List.copyOf(chunks);
    }

    private static List<String> bundledNames() {
        return read(Corpus.class.getResourceAsStream("docs/index.txt"), "docs/index.txt").lines()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            log("corpus directory does not exist: " + dir.getFileName());
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, 8)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt");
                    })
                    .filter(p -> size(p) <= MAX_FILE_BYTES)
                    .sorted()
                    .limit(MAX_FILES)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus directory " + dir, e);
        }
    }

    /** Splits at markdown headings; long sections are cut at paragraph breaks near {@value #CHUNK_CHARS} chars. */
    static List<Chunk> split(String source, String text, String fileName) {
        String title = text.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip())
                .orElse(fileName.replaceFirst("\\.[^.]+$", ""));
        List<Chunk> chunks = new ArrayList<>();
        String heading = "";
        var section = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            if (line.startsWith("#")) {
                flush(chunks, title, source, heading, section);
                heading = line.replaceFirst("^#+\\s*", "").strip();
                if (heading.equals(title)) {
                    heading = "";
                }
            } else {
                section.append(line).append('\n');
            }
        }
        flush(chunks, title, source, heading, section);
        if (chunks.isEmpty()) {
            chunks.add(new Chunk(title, source, "", title));
        }
        return chunks;
    }

    private static void flush(List<Chunk> chunks, String title, String source, String heading, StringBuilder section) {
        String body = section.toString().strip();
        section.setLength(0);
        if (body.isEmpty()) {
            return;
        }
        var part = new StringBuilder();
        for (String paragraph : body.split("\\n\\s*\\n")) {
            if (!part.isEmpty() && part.length() + paragraph.length() > CHUNK_CHARS) {
                chunks.add(new Chunk(title, source, heading, part.toString().strip()));
                part.setLength(0);
            }
            part.append(paragraph.strip()).append("\n\n");
        }
        if (!part.isEmpty()) {
            chunks.add(new Chunk(title, source, heading, part.toString().strip()));
        }
    }

    private static String read(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("missing bundled document " + name);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            var out = new StringBuilder();
            reader.lines().forEach(line -> out.append(line).append('\n'));
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void log(String message) {
        System.getLogger(Corpus.class.getName()).log(System.Logger.Level.WARNING, "tool=search_documents | " + message);
    }
}

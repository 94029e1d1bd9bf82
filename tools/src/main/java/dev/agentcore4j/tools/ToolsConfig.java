package dev.agentcore4j.tools;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Configuration of the seed tools, with defaults, buildable in code.
 *
 * <pre>{@code
 * ToolsConfig config = ToolsConfig.defaults()
 *         .dataDir(Path.of("build/data"))
 *         .corpusDirs(List.of(Path.of("docs")))
 *         .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
 * }</pre>
 *
 * @param dataDir        where the task database lives (created on first use)
 * @param corpusDirs     extra directories of {@code .md}/{@code .txt} files searched with the bundled documents
 * @param fetchPolicy    what {@code fetch_url} may reach
 * @param clock          the time source for {@code get_current_time} and task timestamps; its zone is the default zone
 * @param semanticSearch whether {@code search_documents} loads the embedding model (false: lexical ranking only)
 */
public record ToolsConfig(Path dataDir, List<Path> corpusDirs, FetchPolicy fetchPolicy, Clock clock,
                          boolean semanticSearch) {

    public ToolsConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        corpusDirs = List.copyOf(corpusDirs);
        Objects.requireNonNull(fetchPolicy, "fetchPolicy");
        Objects.requireNonNull(clock, "clock");
    }

    /** {@code ~/.ac4j/data}, no extra corpus, {@link FetchPolicy#defaults()}, the system clock, semantic search on. */
    public static ToolsConfig defaults() {
        return new ToolsConfig(Path.of(System.getProperty("user.home"), ".ac4j", "data"), List.of(),
                FetchPolicy.defaults(), Clock.systemDefaultZone(), true);
    }

    public ToolsConfig dataDir(Path dir) {
        return new ToolsConfig(dir, corpusDirs, fetchPolicy, clock, semanticSearch);
    }

    public ToolsConfig corpusDirs(List<Path> dirs) {
        return new ToolsConfig(dataDir, dirs, fetchPolicy, clock, semanticSearch);
    }

    public ToolsConfig fetchPolicy(FetchPolicy policy) {
        return new ToolsConfig(dataDir, corpusDirs, policy, clock, semanticSearch);
    }

    public ToolsConfig clock(Clock source) {
        return new ToolsConfig(dataDir, corpusDirs, fetchPolicy, source, semanticSearch);
    }

    public ToolsConfig semanticSearch(boolean enabled) {
        return new ToolsConfig(dataDir, corpusDirs, fetchPolicy, clock, enabled);
    }
}

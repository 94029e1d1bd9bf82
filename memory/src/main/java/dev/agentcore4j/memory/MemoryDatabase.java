package dev.agentcore4j.memory;

import java.util.Objects;

/**
 * Where the twin's Memory keeps its data: the embedded file database (default) or PostgreSQL.
 *
 * <pre>{@code
 * MemoryDatabase.parse("embedded");                                          // memory.db in the data directory
 * MemoryDatabase.parse("jdbc:postgresql://127.0.0.1:5432/ac4j?user=ac4j");   // PostgreSQL, same schema
 * }</pre>
 */
public sealed interface MemoryDatabase {

    /** A SQLite file ({@code memory.db}) in the twin's data directory. */
    record Embedded() implements MemoryDatabase {
    }

    /** PostgreSQL at a JDBC URL ({@code jdbc:postgresql://host:port/db?user=...}). */
    record Jdbc(String url) implements MemoryDatabase {
        public Jdbc {
            Objects.requireNonNull(url, "url");
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("the memory database URL must start with jdbc:postgresql:, got '"
                        + PostgresStore.redacted(url) + "'");
            }
        }

        @Override
        public String toString() {
            return "Jdbc[" + PostgresStore.redacted(url) + "]";
        }
    }

    static MemoryDatabase embedded() {
        return new Embedded();
    }

    /**
     * Reads a setting such as {@code AC4J_MEMORY_DB}: empty or {@code embedded} for the file database,
     * a {@code jdbc:postgresql:} URL for PostgreSQL.
     *
     * @throws IllegalArgumentException naming the accepted values otherwise
     */
    static MemoryDatabase parse(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.equals("embedded")) {
            return embedded();
        }
        if (v.startsWith("jdbc:postgresql:")) {
            return new Jdbc(v);
        }
        throw new IllegalArgumentException("the memory database must be 'embedded' or a jdbc:postgresql: URL "
                + "(for example jdbc:postgresql://127.0.0.1:5432/ac4j?user=ac4j), got '" + PostgresStore.redacted(v)
                + "'");
    }
}

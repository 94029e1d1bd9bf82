package dev.agentcore4j.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The default store: one SQLite file. WAL with {@code synchronous=FULL} syncs the log on every
 * commit, so an acknowledged write survives {@code kill -9} of the twin (and a power cut).
 */
final class EmbeddedStore extends SqlStore {

    static final String FILE_NAME = "memory.db";

    private EmbeddedStore(Sql sql) {
        super(sql, "BLOB");
    }

    static EmbeddedStore open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
            }
            return new EmbeddedStore(new Sql(connection));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot open the memory store " + file + " (" + e.getMessage()
                    + "): choose a writable data directory", e);
        }
    }
}

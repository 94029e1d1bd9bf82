package dev.agentcore4j.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded store: one SQLite file ({@code backend.db}, WAL) holding the session log, the
 * benchmark runs and the settings. A write returns once it is committed with {@code synchronous=FULL},
 * so what the API acknowledged survives a crash. One connection, serialised.
 */
final class Store implements AutoCloseable {

    static final String FILE = "backend.db";

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS events (session_id TEXT NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL,
              type TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (session_id, seq)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS benchmark_runs (run_id TEXT PRIMARY KEY, started_at TEXT NOT NULL, body TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS settings (id INTEGER PRIMARY KEY CHECK (id = 1), body TEXT NOT NULL)
            """;

    private final Connection connection;

    private Store(Connection connection) {
        this.connection = connection;
    }

    /** @throws IllegalStateException naming the directory when it cannot be used */
    static Store open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve(FILE);
            boolean created = !Files.exists(file);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                for (String ddl : SCHEMA.split(";")) {
                    s.execute(ddl);
                }
            }
            if (created) {
                ownerOnly(file); // the settings may hold API keys and a JWT
            }
            return new Store(connection);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot open the backend store in " + dataDir + " (" + e.getMessage()
                    + "): set AC4J_DATA_DIR to a writable directory", e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Appends the events in one transaction: all or none. */
    synchronized void append(List<RecordedEvent> events) {
        transaction(() -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events VALUES (?,?,?,?,?)")) {
                for (RecordedEvent e : events) {
                    insert.setString(1, e.sessionId());
                    insert.setLong(2, e.seq());
                    insert.setString(3, e.at().toString());
                    insert.setString(4, e.event().type());
                    insert.setString(5, Json.write(EventCodec.fields(e.event())));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Every event of every session, each session's in order. */
    synchronized List<RecordedEvent> allEvents() {
        return events("SELECT * FROM events ORDER BY session_id, seq");
    }

    /** A session's events after {@code seq}, in order. */
    synchronized List<RecordedEvent> events(String sessionId, long afterSeq) {
        return events("SELECT * FROM events WHERE session_id = ? AND seq > ? ORDER BY seq", sessionId, afterSeq);
    }

    private List<RecordedEvent> events(String sql, Object... params) {
        List<RecordedEvent> out = new ArrayList<>();
        query(sql, rs -> out.add(new RecordedEvent(rs.getString("session_id"), rs.getLong("seq"),
                Instant.parse(rs.getString("at")), EventCodec.stored(rs.getString("type"),
                Json.parseStored(rs.getString("body"))))), params);
        return out;
    }

    synchronized void saveRun(String runId, Instant startedAt, String body) {
        transaction(() -> update("INSERT INTO benchmark_runs VALUES (?,?,?) ON CONFLICT (run_id) DO UPDATE SET body = excluded.body",
                runId, startedAt.toString(), body));
    }

    synchronized Optional<String> run(String runId) {
        List<String> out = new ArrayList<>();
        query("SELECT body FROM benchmark_runs WHERE run_id = ?", rs -> out.add(rs.getString(1)), runId);
        return out.stream().findFirst();
    }

    /** Every run's document, newest first. */
    synchronized List<String> runs() {
        List<String> out = new ArrayList<>();
        query("SELECT body FROM benchmark_runs ORDER BY started_at DESC, run_id DESC", rs -> out.add(rs.getString(1)));
        return out;
    }

    synchronized Optional<String> settings() {
        List<String> out = new ArrayList<>();
        query("SELECT body FROM settings WHERE id = 1", rs -> out.add(rs.getString(1)));
        return out.stream().findFirst();
    }

    synchronized void saveSettings(String body) {
        transaction(() -> update("INSERT INTO settings VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body",
                body));
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the backend store: " + e.getMessage(), e);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    private void transaction(Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the backend store failed: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            statement.executeUpdate();
        }
    }

    private void query(String sql, Rows rows, Object... params) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the backend store failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
    }
}

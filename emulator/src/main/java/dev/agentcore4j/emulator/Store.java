package dev.agentcore4j.emulator;

import dev.agentcore4j.emulator.Records.Endpoint;
import dev.agentcore4j.emulator.Records.Runtime;
import dev.agentcore4j.emulator.Records.Status;
import dev.agentcore4j.emulator.Records.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry on SQLite (WAL): it survives a restart of the twin. One connection, serialised.
 * The point lookups every invocation makes (runtime, version, endpoint) are answered from memory
 * after the first read; every write empties that cache, and all writes go through this class.
 */
final class Store implements AutoCloseable {

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS runtimes (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,
              arn TEXT NOT NULL, created_at TEXT NOT NULL, latest_version INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS versions (runtime_id TEXT NOT NULL, version INTEGER NOT NULL,
              status TEXT NOT NULL, failure_reason TEXT, created_at TEXT NOT NULL, last_updated_at TEXT NOT NULL,
              spec TEXT NOT NULL, PRIMARY KEY (runtime_id, version));
            CREATE TABLE IF NOT EXISTS endpoints (runtime_id TEXT NOT NULL, name TEXT NOT NULL, id TEXT NOT NULL,
              arn TEXT NOT NULL, live_version INTEGER NOT NULL, target_version INTEGER NOT NULL, status TEXT NOT NULL,
              description TEXT, created_at TEXT NOT NULL, last_updated_at TEXT NOT NULL,
              PRIMARY KEY (runtime_id, name));
            """;

    private final Connection connection;
    private final Map<String, Optional<Runtime>> runtimeCache = new HashMap<>();
    private final Map<String, Optional<Version>> versionCache = new HashMap<>();
    private final Map<String, Optional<Endpoint>> endpointCache = new HashMap<>();

    private Store(Connection connection) {
        this.connection = connection;
    }

    static Store open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("twin.db"));
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA busy_timeout=5000");
                for (String ddl : SCHEMA.split(";")) {
                    if (!ddl.isBlank()) {
                        s.execute(ddl);
                    }
                }
            }
            return new Store(connection);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot open the twin's registry in " + dataDir
                    + " (" + e.getMessage() + "): choose a writable data directory", e);
        }
    }

    synchronized void insertRuntime(Runtime runtime, Version first, Endpoint defaultEndpoint) {
        changed();
        transaction(() -> {
            update("INSERT INTO runtimes VALUES (?,?,?,?,?)", runtime.id(), runtime.name(), runtime.arn(),
                    runtime.createdAt().toString(), runtime.latestVersion());
            putVersion(first);
            putEndpoint(defaultEndpoint);
        });
    }

    synchronized Optional<Runtime> runtime(String id) {
        return runtimeCache.computeIfAbsent(id,
                key -> query("SELECT * FROM runtimes WHERE id=?", Store::runtimeRow, key).stream().findFirst());
    }

    synchronized boolean nameTaken(String name) {
        return !query("SELECT * FROM runtimes WHERE name=?", Store::runtimeRow, name).isEmpty();
    }

    synchronized List<Runtime> runtimes() {
        return query("SELECT * FROM runtimes ORDER BY created_at, id", Store::runtimeRow);
    }

    /** A new version and the runtime's pointer to it, together. */
    synchronized void addVersion(Runtime runtime, Version version) {
        changed();
        transaction(() -> {
            update("UPDATE runtimes SET latest_version=? WHERE id=?", runtime.latestVersion(), runtime.id());
            putVersion(version);
        });
    }

    synchronized void putVersion(Version v) {
        changed();
        update("INSERT OR REPLACE INTO versions VALUES (?,?,?,?,?,?,?)", v.runtimeId(), v.version(),
                v.status().name(), v.failureReason().orElse(null), v.createdAt().toString(),
                v.lastUpdatedAt().toString(), Json.write(v.spec()));
    }

    synchronized Optional<Version> version(String runtimeId, int version) {
        return versionCache.computeIfAbsent(runtimeId + "/" + version, key -> query(
                "SELECT * FROM versions WHERE runtime_id=? AND version=?", Store::versionRow, runtimeId, version)
                .stream().findFirst());
    }

    synchronized List<Version> versions(String runtimeId) {
        return query("SELECT * FROM versions WHERE runtime_id=? ORDER BY version DESC", Store::versionRow, runtimeId);
    }

    synchronized List<Version> unsettledVersions() {
        return query("SELECT * FROM versions WHERE status IN ('CREATING','UPDATING')", Store::versionRow);
    }

    synchronized void putEndpoint(Endpoint e) {
        changed();
        update("INSERT OR REPLACE INTO endpoints VALUES (?,?,?,?,?,?,?,?,?,?)", e.runtimeId(), e.name(), e.id(),
                e.arn(), e.liveVersion(), e.targetVersion(), e.status().name(), e.description().orElse(null),
                e.createdAt().toString(), e.lastUpdatedAt().toString());
    }

    synchronized Optional<Endpoint> endpoint(String runtimeId, String name) {
        return endpointCache.computeIfAbsent(runtimeId + "/" + name, key -> query(
                "SELECT * FROM endpoints WHERE runtime_id=? AND name=?", Store::endpointRow, runtimeId, name)
                .stream().findFirst());
    }

    synchronized List<Endpoint> endpoints(String runtimeId) {
        return query("SELECT * FROM endpoints WHERE runtime_id=? ORDER BY created_at, name", Store::endpointRow,
                runtimeId);
    }

    synchronized List<Endpoint> unsettledEndpoints() {
        return query("SELECT * FROM endpoints WHERE status IN ('CREATING','UPDATING')", Store::endpointRow);
    }

    synchronized void deleteEndpoint(String runtimeId, String name) {
        changed();
        update("DELETE FROM endpoints WHERE runtime_id=? AND name=?", runtimeId, name);
    }

    /** Every write empties the lookup cache (writes are rare: control-plane calls and status changes). */
    private void changed() {
        runtimeCache.clear();
        versionCache.clear();
        endpointCache.clear();
    }

    synchronized void deleteRuntime(String runtimeId) {
        changed();
        transaction(() -> {
            update("DELETE FROM endpoints WHERE runtime_id=?", runtimeId);
            update("DELETE FROM versions WHERE runtime_id=?", runtimeId);
            update("DELETE FROM runtimes WHERE id=?", runtimeId);
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("closing the registry failed", e);
        }
    }

    private static Runtime runtimeRow(ResultSet rs) throws SQLException {
        return new Runtime(rs.getString("id"), rs.getString("name"), rs.getString("arn"),
                Instant.parse(rs.getString("created_at")), rs.getInt("latest_version"));
    }

    private static Version versionRow(ResultSet rs) throws SQLException {
        return new Version(rs.getString("runtime_id"), rs.getInt("version"), Status.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("failure_reason")), Instant.parse(rs.getString("created_at")),
                Instant.parse(rs.getString("last_updated_at")), Json.parseStored(rs.getString("spec")));
    }

    private static Endpoint endpointRow(ResultSet rs) throws SQLException {
        return new Endpoint(rs.getString("runtime_id"), rs.getString("name"), rs.getString("id"),
                rs.getString("arn"), rs.getInt("live_version"), rs.getInt("target_version"),
                Status.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("description")),
                Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("last_updated_at")));
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("registry query failed", e);
        }
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement ps = prepare(sql, args)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("registry update failed", e);
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    private void transaction(Runnable work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("registry transaction failed", e);
        }
    }
}

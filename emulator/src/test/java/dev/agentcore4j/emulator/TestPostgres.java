package dev.agentcore4j.emulator;

import static org.junit.jupiter.api.Assertions.fail;

import dev.agentcore4j.memory.MemoryDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema on the test PostgreSQL server named by {@code PGURL}, dropped on close. Without
 * {@code PGURL} the test is skipped, unless {@code AC4J_REQUIRE_POSTGRES} is set (CI), then it fails.
 */
final class TestPostgres implements AutoCloseable {

    private final String url;
    private final String schema;

    private TestPostgres(String url, String schema) {
        this.url = url;
        this.schema = schema;
    }

    static TestPostgres create() {
        String url = System.getenv("PGURL");
        if (url == null || url.isBlank()) {
            if (System.getenv("AC4J_REQUIRE_POSTGRES") != null) {
                fail("AC4J_REQUIRE_POSTGRES is set but PGURL is not: start PostgreSQL and export "
                        + "PGURL=jdbc:postgresql://127.0.0.1:<port>/<db>?user=<user>");
            }
            Assumptions.abort("PostgreSQL tests skipped: PGURL is not set "
                    + "(export PGURL=jdbc:postgresql://127.0.0.1:<port>/<db>?user=<user> to run them)");
        }
        String schema = "ac4j_it_" + UUID.randomUUID().toString().replace("-", "");
        execute(url, "CREATE SCHEMA " + schema);
        return new TestPostgres(url, schema);
    }

    MemoryDatabase database() {
        return MemoryDatabase.parse(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @Override
    public void close() {
        execute(url, "DROP SCHEMA " + schema + " CASCADE");
    }

    private static void execute(String url, String statement) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}

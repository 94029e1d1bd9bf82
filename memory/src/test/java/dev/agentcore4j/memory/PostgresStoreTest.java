package dev.agentcore4j.memory;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;

/**
 * The store contract on PostgreSQL, in a fresh schema per test. The server comes from {@code PGURL}
 * (CI starts a throwaway cluster from Debian's packages and sets it, with {@code AC4J_REQUIRE_POSTGRES=1}).
 */
class PostgresStoreTest extends StoreContract {

    private String schema;

    /** The URL of the test server, or the test is skipped (failed when PostgreSQL is required). */
    static String serverUrl() {
        String url = System.getenv("PGURL");
        if (url == null || url.isBlank()) {
            if (System.getenv("AC4J_REQUIRE_POSTGRES") != null) {
                fail("AC4J_REQUIRE_POSTGRES is set but PGURL is not: start PostgreSQL and export "
                        + "PGURL=jdbc:postgresql://127.0.0.1:<port>/<db>?user=<user>");
            }
            Assumptions.abort("PostgreSQL store tests skipped: PGURL is not set "
                    + "(export PGURL=jdbc:postgresql://127.0.0.1:<port>/<db>?user=<user> to run them)");
        }
        return url;
    }

    static String inSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    MemoryStore open() {
        String url = serverUrl();
        schema = "ac4j_test_" + UUID.randomUUID().toString().replace("-", "");
        sql(url, "CREATE SCHEMA " + schema);
        return reopen();
    }

    @Override
    MemoryStore reopen() {
        return MemoryStore.open(new MemoryDatabase.Jdbc(inSchema(serverUrl(), schema)), java.nio.file.Path.of("."));
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            sql(serverUrl(), "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    static void sql(String url, String statement) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}

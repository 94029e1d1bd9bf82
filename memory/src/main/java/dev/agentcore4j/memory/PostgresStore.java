package dev.agentcore4j.memory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The same schema on PostgreSQL, for a twin that outgrows one machine's disk. Autocommit with the
 * server's default {@code synchronous_commit=on}: a write is acknowledged once PostgreSQL has it on
 * disk. Tables go in the connection's current schema ({@code currentSchema=} in the URL chooses one).
 */
final class PostgresStore extends SqlStore {

    private PostgresStore(Sql sql) {
        super(sql, "BYTEA");
    }

    static PostgresStore open(String jdbcUrl) {
        try {
            Connection connection = DriverManager.getConnection(jdbcUrl);
            return new PostgresStore(new Sql(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the PostgreSQL memory store at " + redacted(jdbcUrl)
                    + " (" + e.getMessage() + "): check that the server is running and the URL, user and database "
                    + "are right", e);
        }
    }

    /** The URL without its query (which may carry a password). */
    static String redacted(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
    }
}

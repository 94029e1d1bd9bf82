package dev.agentcore4j.memory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One JDBC connection, serialised, with the few statement shapes the store needs. Every write is
 * committed before the call returns (autocommit or an explicit transaction), so what the service
 * acknowledged is on disk.
 */
final class Sql implements AutoCloseable {

    /** A typed SQL NULL (PostgreSQL needs the type of a null parameter). */
    record Null(int type) {
        static final Null TEXT = new Null(Types.VARCHAR);
        static final Null BIGINT = new Null(Types.BIGINT);
    }

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private int depth;

    Sql(Connection connection) {
        this.connection = connection;
    }

    <T> List<T> query(String sql, Row<T> row, Object... args) {
        lock.lock();
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("memory store query failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... args) {
        return query(sql, row, args).stream().findFirst();
    }

    int update(String sql, Object... args) {
        lock.lock();
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("memory store update failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} as one transaction (nested calls join the outer one). */
    <T> T transaction(Supplier<T> work) {
        lock.lock();
        try {
            if (depth > 0) {
                depth++;
                try {
                    return work.get();
                } finally {
                    depth--;
                }
            }
            connection.setAutoCommit(false);
            depth = 1;
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                depth = 0;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("memory store transaction failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    void transaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        });
    }

    void execute(String statement) {
        update(statement);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("closing the memory store failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case Null n -> ps.setNull(i + 1, n.type());
                case byte[] bytes -> ps.setBytes(i + 1, bytes);
                case Boolean b -> ps.setInt(i + 1, b ? 1 : 0);
                case null -> throw new IllegalArgumentException("parameter " + (i + 1) + " is null: use Sql.Null");
                default -> ps.setObject(i + 1, args[i]);
            }
        }
        return ps;
    }
}

package dev.agentcore4j.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * create_task / list_tasks: tasks in an embedded SQLite file ({@code tasks.db} in the data dir, WAL
 * journal), so they survive restarts. Each call opens its own connection in auto-commit mode: when
 * create returns, the row is committed. Ids are "task-0001", "task-0002", … from the row id.
 */
final class TaskStore {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final List<String> PRIORITIES = List.of("low", "medium", "high");
    static final List<String> STATUSES = List.of("open", "done", "all");

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS tasks (
              id          INTEGER PRIMARY KEY AUTOINCREMENT,
              title       TEXT NOT NULL,
              description TEXT NOT NULL DEFAULT '',
              due_date    TEXT,
              priority    TEXT NOT NULL DEFAULT 'medium',
              status      TEXT NOT NULL DEFAULT 'open',
              created_at  TEXT NOT NULL
            )""";

    private final Path file;
    private final Clock clock;
    private volatile boolean initialised;

    TaskStore(Path dataDir, Clock clock) {
        this.file = dataDir.resolve("tasks.db");
        this.clock = clock;
    }

    Map<String, Object> create(String title, Optional<String> description, Optional<String> dueDate, Optional<String> priority) {
        String cleanTitle = title.strip();
        if (cleanTitle.isEmpty()) {
            throw new ToolFailure("title must not be empty");
        }
        if (cleanTitle.length() > MAX_TITLE) {
            throw new ToolFailure("title is too long (" + cleanTitle.length() + " characters, at most " + MAX_TITLE + ")");
        }
        String cleanDescription = description.map(String::strip).orElse("");
        if (cleanDescription.length() > MAX_DESCRIPTION) {
            throw new ToolFailure("description is too long (" + cleanDescription.length() + " characters, at most " + MAX_DESCRIPTION + ")");
        }
        Optional<LocalDate> due = dueDate.map(String::strip).filter(s -> !s.isEmpty()).map(TaskStore::date);
        String level = priority.map(p -> p.strip().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty()).orElse("medium");
        if (!PRIORITIES.contains(level)) {
            throw new ToolFailure("priority must be one of " + PRIORITIES + ", got '" + priority.orElseThrow() + "'");
        }
        String createdAt = Instant.now(clock).toString();
        try (Connection db = open();
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO tasks (title, description, due_date, priority, status, created_at) VALUES (?, ?, ?, ?, 'open', ?)")) {
            insert.setString(1, cleanTitle);
            insert.setString(2, cleanDescription);
            insert.setString(3, due.map(LocalDate::toString).orElse(null));
            insert.setString(4, level);
            insert.setString(5, createdAt);
            insert.executeUpdate();
            try (PreparedStatement select = db.prepareStatement("SELECT * FROM tasks WHERE id = last_insert_rowid()");
                 ResultSet row = select.executeQuery()) {
                row.next();
                Map<String, Object> task = task(row);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("created", true);
                result.put("task", task);
                return result;
            }
        } catch (SQLException e) {
            throw storageFailure(e);
        }
    }

    Map<String, Object> list(Optional<String> status) {
        String wanted = status.map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).orElse("all");
        wanted = switch (wanted) {
            case "pending", "todo", "open", "incomplete" -> "open";
            case "done", "completed", "complete", "closed" -> "done";
            case "all", "any" -> "all";
            default -> throw new ToolFailure("status must be one of " + STATUSES + ", got '" + status.orElseThrow() + "'");
        };
        String sql = wanted.equals("all")
                ? "SELECT * FROM tasks ORDER BY id"
                : "SELECT * FROM tasks WHERE status = ? ORDER BY id";
        try (Connection db = open(); PreparedStatement select = db.prepareStatement(sql)) {
            if (!wanted.equals("all")) {
                select.setString(1, wanted);
            }
            List<Object> tasks = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tasks.add(task(rows));
                }
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("status", wanted);
            result.put("count", tasks.size());
            result.put("tasks", tasks);
            return result;
        } catch (SQLException e) {
            throw storageFailure(e);
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ToolFailure("due_date must be an ISO date like 2026-12-31, got '" + text + "'");
        }
    }

    private static Map<String, Object> task(ResultSet row) throws SQLException {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("id", String.format(Locale.ROOT, "task-%04d", row.getLong("id")));
        task.put("title", row.getString("title"));
        task.put("description", row.getString("description"));
        String due = row.getString("due_date");
        if (due != null) {
            task.put("due_date", due);
        }
        task.put("priority", row.getString("priority"));
        task.put("status", row.getString("status"));
        task.put("created_at", row.getString("created_at"));
        return task;
    }

    private Connection open() throws SQLException {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the task data directory", e);
        }
        Connection db = DriverManager.getConnection(
                "jdbc:sqlite:" + file + "?journal_mode=WAL&busy_timeout=5000&synchronous=FULL");
        if (!initialised) {
            try (var statement = db.createStatement()) {
                statement.execute(SCHEMA);
            }
            initialised = true;
        }
        return db;
    }

    private static ToolFailure storageFailure(SQLException e) {
        System.getLogger(TaskStore.class.getName()).log(System.Logger.Level.WARNING, "tool=tasks | storage failed", e);
        return new ToolFailure("the task store is unavailable; try again later");
    }
}

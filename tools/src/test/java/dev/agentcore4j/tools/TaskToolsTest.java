package dev.agentcore4j.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskToolsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private ToolCalls tools() {
        return ToolCalls.of(ToolsConfig.defaults().dataDir(dataDir.resolve("nested/data")).clock(CLOCK));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> task(Map<String, Object> created) {
        return (Map<String, Object>) created.get("task");
    }

    @Test
    void creates_a_task_with_a_sequential_id_and_defaults() {
        Map<String, Object> created = tools().ok("create_task", Map.of("title", "  Write the tools module  "));

        assertThat(created).containsEntry("created", true);
        assertThat(task(created)).containsEntry("id", "task-0001").containsEntry("title", "Write the tools module")
                .containsEntry("description", "").containsEntry("priority", "medium").containsEntry("status", "open")
                .containsEntry("created_at", "2026-11-25T09:00:00Z").doesNotContainKey("due_date");
        assertThat(task(tools().ok("create_task", Map.of("title", "second")))).containsEntry("id", "task-0002");
    }

    @Test
    void keeps_description_due_date_and_priority() {
        Map<String, Object> created = tools().ok("create_task", Map.of("title", "資料を作る", "description", "AgentCore の説明",
                "due_date", "2026-12-31", "priority", "high"));

        assertThat(task(created)).containsEntry("title", "資料を作る").containsEntry("description", "AgentCore の説明")
                .containsEntry("due_date", "2026-12-31").containsEntry("priority", "high");
    }

    @Test
    void tasks_survive_a_restart_because_they_are_committed_to_the_sqlite_file() throws Exception {
        tools().ok("create_task", Map.of("title", "persist me"));

        Map<String, Object> listed = tools().ok("list_tasks", Map.of()); // a fresh set of tools, as after a restart

        assertThat(listed).containsEntry("count", 1);
        assertThat((List<?>) listed.get("tasks")).singleElement().asString().contains("persist me");
        Path file = dataDir.resolve("nested/data/tasks.db");
        assertThat(file).exists();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rows = db.createStatement().executeQuery("PRAGMA journal_mode")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void lists_all_tasks_or_filters_by_status() throws Exception {
        ToolCalls tools = tools();
        tools.ok("create_task", Map.of("title", "one"));
        tools.ok("create_task", Map.of("title", "two"));
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("nested/data/tasks.db"))) {
            db.createStatement().executeUpdate("UPDATE tasks SET status = 'done' WHERE id = 2");
        }

        assertThat(tools.ok("list_tasks", Map.of())).containsEntry("status", "all").containsEntry("count", 2);
        assertThat(tools.ok("list_tasks", Map.of("status", "open"))).containsEntry("count", 1);
        assertThat(tools.ok("list_tasks", Map.of("status", "done"))).containsEntry("count", 1);
        assertThat(new TaskStore(dataDir.resolve("nested/data"), CLOCK).list(java.util.Optional.of("completed")))
                .containsEntry("status", "done").containsEntry("count", 1);
    }

    @Test
    void an_empty_list_is_a_result_not_an_error() {
        assertThat(tools().ok("list_tasks", Map.of())).containsEntry("count", 0).containsEntry("tasks", List.of());
    }

    @Test
    void validates_title_due_date_priority_and_status() {
        ToolCalls tools = tools();
        assertThat(tools.error("create_task", Map.of())).isEqualTo("argument 'title' is required");
        assertThat(tools.error("create_task", Map.of("title", "x".repeat(201))))
                .isEqualTo("title is too long (201 characters, at most 200)");
        assertThat(tools.error("create_task", Map.of("title", "t", "due_date", "tomorrow")))
                .isEqualTo("due_date must be an ISO date like 2026-12-31, got 'tomorrow'");
        assertThat(tools.error("create_task", Map.of("title", "t", "due_date", "2026-02-30")))
                .startsWith("due_date must be an ISO date");
        assertThat(tools.error("create_task", Map.of("title", "t", "priority", "urgent")))
                .contains("argument 'priority' must be one of [low, medium, high]");
        assertThat(tools.error("list_tasks", Map.of("status", "someday")))
                .contains("argument 'status' must be one of [open, done, all]");
        assertThat(tools.ok("list_tasks", Map.of())).containsEntry("count", 0);
    }

    @Test
    void concurrent_creates_from_virtual_threads_get_distinct_ids() throws Exception {
        ToolCalls tools = tools();
        Set<Object> ids = ConcurrentHashMap.newKeySet();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                futures.add(executor.submit(() -> ids.add(task(tools.ok("create_task", Map.of("title", "task " + n))).get("id"))));
            }
            for (var future : futures) {
                future.get();
            }
        }
        assertThat(ids).hasSize(20);
        assertThat(tools.ok("list_tasks", Map.of())).containsEntry("count", 20);
        assertThat(Files.list(dataDir.resolve("nested/data"))).isNotEmpty();
    }
}

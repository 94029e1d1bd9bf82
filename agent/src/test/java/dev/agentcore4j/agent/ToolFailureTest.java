package dev.agentcore4j.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the model sees, and what the operator's log gets, when a tool fails. */
class ToolFailureTest {

    private final Logger log = Logger.getLogger(ToolRunner.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void recordLog() {
        log.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        log.removeHandler(recorder);
    }

    private static ContentBlock.ToolResult resultOf(ToolFunction body) {
        Tool tool = Tools.of("query_db", "Queries", AgentLoopTest.CITY_SCHEMA, body);
        var model = ScriptedModel.of(AgentLoopTest.toolUse("t7", "query_db", Map.of("city", "Tokyo")),
                Message.assistant("Sorry."));
        Agent.builder().model(model).tools(tool).build().run("Query");
        return model.requests().get(1).messages().getLast().toolResults().getFirst();
    }

    @Test
    void an_unexpected_exception_message_does_not_reach_the_model() {
        var result = resultOf((input, context) -> {
            throw new IllegalStateException("SQLITE_ERROR near /var/data/app.db: SELECT * FROM secrets");
        });

        assertThat(result.status()).isEqualTo(ToolResultStatus.ERROR);
        assertThat(result.text()).isEqualTo("Tool 'query_db' failed: IllegalStateException")
                .doesNotContain("/var/data", "SELECT", "SQLITE");
    }

    @Test
    void an_unexpected_exception_is_logged_as_a_warning_with_tool_name_and_tool_use_id() {
        var failure = new IllegalStateException("connection refused: db.internal:5432");

        resultOf((input, context) -> {
            throw failure;
        });

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).contains("tool=query_db", "toolUseId=t7", "tool failed");
            assertThat(record.getThrown()).isSameAs(failure);
        });
    }

    @Test
    void an_error_thrown_by_a_tool_is_answered_generically_too() {
        var result = resultOf((input, context) -> {
            throw new AssertionError("invariant broken at /home/app/secret.txt");
        });

        assertThat(result.text()).isEqualTo("Tool 'query_db' failed: AssertionError");
        assertThat(records).singleElement().extracting(LogRecord::getLevel).isEqualTo(Level.WARNING);
    }

    @Test
    void a_tool_exception_message_reaches_the_model_as_chosen() {
        var result = resultOf((input, context) -> {
            throw new ToolException("unknown city '" + input.get("city") + "'");
        });

        assertThat(result.status()).isEqualTo(ToolResultStatus.ERROR);
        assertThat(result.text()).isEqualTo("unknown city 'Tokyo'");
        assertThat(records).isEmpty();
    }

    @Test
    void an_error_output_returned_by_the_tool_keeps_its_message() {
        var result = resultOf((input, context) -> ToolOutput.error("no data for " + input.get("city")));

        assertThat(result.text()).isEqualTo("no data for Tokyo");
    }

    @Test
    void an_annotated_tool_reports_an_invalid_record_argument_with_its_reason() throws Exception {
        Tool tool = Tools.fromObject(new Scheduler()).getFirst();

        var out = tool.invoke(Map.of("slot", Map.of("hour", 25)), ToolContext.standalone("book"));

        assertThat(out.isError()).isTrue();
        assertThat(out.content()).containsExactly(ToolResultContent.text("argument 'slot' is invalid: hour must be 0-23"));
    }

    record Slot(int hour) {
        Slot {
            if (hour < 0 || hour > 23) {
                throw new IllegalArgumentException("hour must be 0-23");
            }
        }
    }

    static final class Scheduler {
        @ToolMethod(description = "Books a slot")
        String book(Slot slot) {
            return "booked " + slot.hour();
        }
    }
}

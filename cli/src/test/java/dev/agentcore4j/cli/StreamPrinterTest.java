package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StreamPrinterTest {

    @Test
    void what_memory_recalled_and_its_warnings_go_to_stderr_beside_the_tool_calls() throws Exception {
        String sse = """
                data: {"type":"memory_recall","actor_id":"alice","records":[{"text":"The user's name is Alice.","score":0.812,"namespace":"/users/alice/facts"}]}

                data: {"type":"text_delta","text":"Your name is Alice."}

                data: {"type":"memory_warning","operation":"record","message":"this turn could not be recorded in memory"}

                data: {"type":"finished","memory":{"recorded":false}}

                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new StreamPrinter(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false)
                .print(new ByteArrayInputStream(sse.getBytes(StandardCharsets.UTF_8)), "text/event-stream; charset=utf-8");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Your name is Alice." + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("  ↺ recalled The user's name is Alice. (0.81, /users/alice/facts)")
                .contains("  ! memory: this turn could not be recorded in memory").doesNotContain("finished");
    }
}

package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.memory.MemoryDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwinArgumentsTest {

    @Test
    void flags_set_port_data_directory_and_extraction_delay() {
        TwinConfig config = TwinArguments.parse(List.of("--port", "0", "--data-dir", "/tmp/twin-a",
                "--memory-extraction-delay-ms", "250"), Map.of());

        assertThat(config.port()).isZero();
        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/twin-a"));
        assertThat(config.memory().extractionDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.memory().database()).isEqualTo(MemoryDatabase.parse("embedded"));
    }

    @Test
    void ac4j_memory_db_chooses_postgresql_and_a_bad_value_names_the_variable() {
        String url = "jdbc:postgresql://127.0.0.1:5432/ac4j?user=ac4j";
        TwinConfig config = TwinArguments.parse(List.of("--memory-extraction-delay-ms", "10"),
                Map.of("AC4J_MEMORY_DB", url));

        assertThat(config.memory().database()).isEqualTo(new MemoryDatabase.Jdbc(url));
        assertThat(config.memory().database().toString()).doesNotContain("user=ac4j");
        assertThatThrownBy(() -> TwinArguments.parse(List.of(), Map.of("AC4J_MEMORY_DB", "mysql://x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("AC4J_MEMORY_DB: ")
                .hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void unknown_options_and_missing_values_are_refused() {
        assertThatThrownBy(() -> TwinArguments.parse(List.of("--colour", "blue"), Map.of()))
                .hasMessage("unknown option --colour");
        assertThatThrownBy(() -> TwinArguments.parse(List.of("--port"), Map.of())).hasMessage("--port needs a value");
        assertThatThrownBy(() -> TwinArguments.parse(List.of("--port", "eighty"), Map.of()))
                .hasMessageContaining("whole number");
    }
}

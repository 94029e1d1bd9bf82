package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentOptionsTest {

    @Test
    void no_options_leaves_port_and_host_to_the_environment() {
        AgentOptions options = AgentOptions.parse();
        assertThat(options.port()).isEmpty();
        assertThat(options.host()).isEmpty();
        assertThat(options.train()).isFalse();
    }

    @Test
    void options_are_read_in_both_spellings() {
        assertThat(AgentOptions.parse("--port", "9000", "--host", "127.0.0.1"))
                .isEqualTo(AgentOptions.parse("--port=9000", "--host=127.0.0.1"));
        AgentOptions options = AgentOptions.parse("--port=0", "--train");
        assertThat(options.port()).hasValue(0);
        assertThat(options.train()).isTrue();
        assertThat(AgentOptions.parse("-h").help()).isTrue();
    }

    @Test
    void bad_options_name_the_problem_and_the_fix() {
        assertThatThrownBy(() -> AgentOptions.parse("--port", "eighty")).hasMessageContaining("'eighty' is not a port");
        assertThatThrownBy(() -> AgentOptions.parse("--port", "70000")).hasMessageContaining("0..65535");
        assertThatThrownBy(() -> AgentOptions.parse("--port")).hasMessageContaining("missing value for --port");
        assertThatThrownBy(() -> AgentOptions.parse("--verbose")).hasMessageContaining("unknown option '--verbose'")
                .hasMessageContaining("--help");
    }
}

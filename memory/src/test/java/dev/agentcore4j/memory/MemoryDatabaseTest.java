package dev.agentcore4j.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemoryDatabaseTest {

    @Test
    void empty_or_embedded_is_the_file_database_and_a_postgresql_url_is_postgresql() {
        assertThat(MemoryDatabase.parse("")).isEqualTo(MemoryDatabase.embedded());
        assertThat(MemoryDatabase.parse(" embedded ")).isEqualTo(MemoryDatabase.embedded());
        assertThat(MemoryDatabase.parse("jdbc:postgresql://127.0.0.1:5432/ac4j?user=ac4j&password=secret"))
                .isInstanceOf(MemoryDatabase.Jdbc.class)
                .hasToString("Jdbc[jdbc:postgresql://127.0.0.1:5432/ac4j?…]");
    }

    @Test
    void anything_else_is_refused_with_the_accepted_values_and_without_the_password() {
        assertThatThrownBy(() -> MemoryDatabase.parse("jdbc:mysql://db/x?password=secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'embedded' or a jdbc:postgresql: URL")
                .hasMessageNotContaining("secret");
    }
}

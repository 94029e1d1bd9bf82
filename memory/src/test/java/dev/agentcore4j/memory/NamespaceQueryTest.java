package dev.agentcore4j.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamespaceQueryTest {

    @Test
    void a_namespace_selects_the_namespaces_it_prefixes() {
        NamespaceQuery query = NamespaceQuery.of("/users/taro");
        assertThat(query.matches("/users/taro/preferences")).isTrue();
        assertThat(query.matches("/users/taro")).isTrue();
        assertThat(query.matches("/users/hanako")).isFalse();
    }

    @Test
    void a_star_stands_for_one_path_segment_or_part_of_one() {
        NamespaceQuery query = NamespaceQuery.of("/strategies/*/actors/taro");
        assertThat(query.prefix()).isEqualTo("/strategies/");
        assertThat(query.matches("/strategies/facts-0123456789/actors/taro")).isTrue();
        assertThat(query.matches("/strategies/facts-0123456789/actors/taro/sessions/s1")).isTrue();
        assertThat(query.matches("/strategies/a/b/actors/taro")).isFalse();
        assertThat(query.matches("/strategies/facts-0123456789/actors/hanako")).isFalse();
    }
}

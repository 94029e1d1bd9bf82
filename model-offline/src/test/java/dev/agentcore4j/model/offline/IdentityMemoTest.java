package dev.agentcore4j.model.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityMemoTest {

    private final List<String> derived = new ArrayList<>();

    private int length(String key) {
        derived.add(key);
        return key.length();
    }

    @Test
    void a_value_is_derived_once_per_key_and_then_remembered() {
        var memo = new IdentityMemo<String, Integer>(16);
        String key = "hello";

        assertThat(memo.get(key, this::length)).isEqualTo(5);
        assertThat(memo.get(key, this::length)).isEqualTo(5);

        assertThat(derived).containsExactly("hello");
    }

    @Test
    void keys_are_told_apart_by_identity_not_equality() {
        var memo = new IdentityMemo<String, Integer>(16);
        String first = new String("same");
        String second = new String("same");

        memo.get(first, this::length);
        memo.get(second, this::length);

        assertThat(derived).hasSize(2);
    }

    @Test
    void colliding_keys_take_over_the_slot_and_still_get_their_own_values() {
        var memo = new IdentityMemo<String, Integer>(1);
        String a = "a";
        String bb = "bb";

        assertThat(memo.get(a, this::length)).isEqualTo(1);
        assertThat(memo.get(bb, this::length)).isEqualTo(2);
        assertThat(memo.get(a, this::length)).isEqualTo(1);

        assertThat(derived).containsExactly("a", "bb", "a");
    }

    @Test
    void the_slot_count_must_be_a_power_of_two() {
        assertThatThrownBy(() -> new IdentityMemo<String, Integer>(12)).isInstanceOf(IllegalArgumentException.class);
    }
}

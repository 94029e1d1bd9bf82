package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void pages_follow_next_tokens_until_the_last_page_has_none() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        Paging<Integer> first = Paging.of(all, Map.of("maxResults", "2"));
        assertThat(first.items()).containsExactly(1, 2);
        Paging<Integer> second = Paging.of(all, Map.of("maxResults", "2", "nextToken", first.nextToken().orElseThrow()));
        assertThat(second.items()).containsExactly(3, 4);
        Paging<Integer> last = Paging.of(all, Map.of("maxResults", "2", "nextToken", second.nextToken().orElseThrow()));
        assertThat(last.items()).containsExactly(5);
        assertThat(last.nextToken()).isEmpty();
    }

    @Test
    void max_results_outside_1_to_100_and_foreign_tokens_are_validation_errors() {
        assertThatThrownBy(() -> Paging.of(List.of(1), Map.of("maxResults", "101")))
                .isInstanceOfSatisfying(TwinException.class, e -> assertThat(e.fields()).extracting(f -> f.name())
                        .containsExactly("maxResults"));
        assertThatThrownBy(() -> Paging.of(List.of(1), Map.of("nextToken", "not-ours")))
                .isInstanceOfSatisfying(TwinException.class, e -> assertThat(e.getMessage())
                        .contains("pass the nextToken of the previous page"));
    }
}

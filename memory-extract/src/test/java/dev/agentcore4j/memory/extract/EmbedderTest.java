package dev.agentcore4j.memory.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmbedderTest {

    private final Embedder embedder = Embedder.miniLm();

    private double cosine(String a, String b) {
        float[] x = embedder.embed(a);
        float[] y = embedder.embed(b);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }

    @Test
    void vectors_have_384_dimensions_and_unit_length() {
        float[] v = embedder.embed("The user lives in Osaka.");
        assertThat(embedder.dimensions()).isEqualTo(384);
        assertThat(v).hasSize(384);
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void related_sentences_score_higher_than_unrelated_ones() {
        double related = cosine("Where does the user live?", "The user lives in Osaka.");
        double unrelated = cosine("Where does the user live?", "Quarterly revenue grew by eight percent.");
        assertThat(related).isGreaterThan(0.4).isGreaterThan(unrelated + 0.3);
        assertThat(cosine("The user loves sushi.", "What food does the user like?"))
                .isGreaterThan(cosine("The user loves sushi.", "The user works at Acme Robotics."));
    }

    @Test
    void the_same_text_gives_the_same_vector_and_callers_cannot_change_the_cached_one() {
        float[] first = embedder.embed("cache me");
        first[0] = 42;
        float[] second = embedder.embed("cache me");
        assertThat(second[0]).isNotEqualTo(42f);
        assertThat(Embedder.miniLm(0).embed("cache me")).containsExactly(second);
    }

    @Test
    void the_cache_keeps_only_the_most_recent_texts() {
        var cache = new RecentVectors(2);
        cache.put("a", new float[] {1});
        cache.put("b", new float[] {2});
        cache.get("a");
        cache.put("c", new float[] {3});
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("a")).hasValueSatisfying(v -> assertThat(v).containsExactly(1f));
        assertThat(cache.get("c")).isPresent();
    }

    @Test
    void concurrent_calls_give_the_same_vectors_as_one_at_a_time() throws Exception {
        List<String> texts = IntStream.range(0, 16).mapToObj(i -> "The user mentioned topic number " + i + ".").toList();
        Embedder uncached = Embedder.miniLm(0);
        List<float[]> expected = texts.stream().map(uncached::embed).toList();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<float[]>> futures = texts.stream().map(t -> pool.submit(() -> uncached.embed(t))).toList();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(futures.get(i).get()).containsExactly(expected.get(i));
            }
        }
    }

    @Test
    void blank_text_is_rejected() {
        assertThatThrownBy(() -> embedder.embed(" \n")).isInstanceOf(IllegalArgumentException.class).hasMessage("text to embed must not be blank");
        assertThatThrownBy(() -> Embedder.miniLm(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cache entries must be >= 0");
    }
}

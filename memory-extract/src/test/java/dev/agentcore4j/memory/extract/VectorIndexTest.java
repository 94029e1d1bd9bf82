package dev.agentcore4j.memory.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class VectorIndexTest {

    private final VectorIndex index = new VectorIndex(3);

    private static List<String> ids(List<VectorIndex.Hit> hits) {
        return hits.stream().map(VectorIndex.Hit::recordId).toList();
    }

    @Test
    void records_rank_by_cosine_similarity_best_first() {
        index.put("east", "/u/a", new float[] {1, 0, 0});
        index.put("north-east", "/u/a", new float[] {1, 1, 0});
        index.put("north", "/u/a", new float[] {0, 5, 0});
        index.put("west", "/u/a", new float[] {-1, 0, 0});
        List<VectorIndex.Hit> hits = index.search(new float[] {2, 0, 0}, "", 10, 0);
        assertThat(ids(hits)).containsExactly("east", "north-east", "north", "west");
        assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-6));
        assertThat(hits.get(1).score()).isCloseTo(Math.sqrt(0.5), within(1e-6));
        assertThat(hits.get(2).score()).isCloseTo(0.0, within(1e-6));
        assertThat(hits.get(3).score()).as("opposite direction clamps to 0").isZero();
        assertThat(hits.get(0).namespace()).isEqualTo("/u/a");
    }

    @Test
    void top_k_and_min_score_cut_the_list() {
        index.put("a", "/n", new float[] {1, 0, 0});
        index.put("b", "/n", new float[] {1, 1, 0});
        index.put("c", "/n", new float[] {0, 1, 0});
        assertThat(ids(index.search(new float[] {1, 0, 0}, "", 2, 0))).containsExactly("a", "b");
        assertThat(ids(index.search(new float[] {1, 0, 0}, "", 10, 0.5))).containsExactly("a", "b");
        assertThat(ids(index.search(new float[] {1, 0, 0}, "", 10, 1.0))).containsExactly("a");
        assertThat(ids(index.search(new float[] {0, 0, 1}, "", 10, 0.01))).isEmpty();
    }

    @Test
    void the_namespace_prefix_filters_records() {
        index.put("taro-fact", "/facts/taro", new float[] {1, 0, 0});
        index.put("taro-pref", "/preferences/taro", new float[] {1, 0, 0});
        index.put("hanako-fact", "/facts/hanako", new float[] {1, 0, 0});
        assertThat(ids(index.search(new float[] {1, 0, 0}, "/facts/", 10, 0))).containsExactly("hanako-fact", "taro-fact");
        assertThat(ids(index.search(new float[] {1, 0, 0}, "/facts/taro", 10, 0))).containsExactly("taro-fact");
        assertThat(ids(index.search(new float[] {1, 0, 0}, "/summaries/", 10, 0))).isEmpty();
    }

    @Test
    void equal_scores_rank_by_record_id_whatever_the_insertion_order() {
        for (String id : List.of("m", "z", "a", "k")) {
            index.put(id, "/n", new float[] {0, 0, 1});
        }
        assertThat(ids(index.search(new float[] {0, 0, 1}, "", 3, 0))).containsExactly("a", "k", "m");
    }

    @Test
    void remove_and_replace_change_what_search_finds() {
        index.put("a", "/n", new float[] {1, 0, 0});
        index.put("b", "/n", new float[] {0, 1, 0});
        index.put("c", "/n", new float[] {0, 0, 1});
        index.remove("a");
        index.remove("a");
        index.remove("never-added");
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.contains("a")).isFalse();
        assertThat(ids(index.search(new float[] {1, 0, 0}, "", 10, 0))).containsExactly("b", "c");
        assertThat(ids(index.search(new float[] {0, 0, 1}, "", 1, 0))).containsExactly("c");

        index.put("b", "/other", new float[] {0, 0, 1});
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.search(new float[] {0, 0, 1}, "/other", 10, 0.9)).singleElement()
                .satisfies(h -> assertThat(h.recordId()).isEqualTo("b"));
    }

    @Test
    void many_records_grow_the_index_and_the_best_ones_are_found() {
        var big = new VectorIndex(8);
        var random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            float[] v = new float[8];
            for (int d = 0; d < 8; d++) {
                v[d] = (float) random.nextGaussian();
            }
            big.put("r" + i, "/ns/" + (i % 10), v);
        }
        float[] target = {1, 2, 3, 4, 5, 6, 7, 8};
        big.put("target", "/ns/3", target);
        for (int i = 0; i < 5_000; i += 2) {
            big.remove("r" + i);
        }
        assertThat(big.size()).isEqualTo(2_501);
        List<VectorIndex.Hit> hits = big.search(target, "/ns/3", 5, 0);
        assertThat(hits).hasSize(5).first().satisfies(h -> assertThat(h.recordId()).isEqualTo("target"));
        assertThat(hits).allSatisfy(h -> assertThat(h.namespace()).isEqualTo("/ns/3"));
        assertThat(hits).extracting(VectorIndex.Hit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void bad_arguments_are_rejected_with_what_was_wrong() {
        assertThatThrownBy(() -> index.put("a", "/n", new float[] {1, 0})).hasMessage("vector of record a has 2 dimensions; this index holds 3");
        assertThatThrownBy(() -> index.put("a", "/n", new float[] {0, 0, 0})).hasMessageContaining("is all zeros");
        assertThatThrownBy(() -> index.put("a", "/n", new float[] {Float.NaN, 0, 0})).hasMessageContaining("NaN or infinite");
        assertThatThrownBy(() -> index.put("", "/n", new float[] {1, 0, 0})).hasMessage("recordId must not be empty");
        assertThatThrownBy(() -> index.search(new float[] {1, 0, 0}, "", 0, 0)).hasMessage("topK must be at least 1, got 0");
        assertThatThrownBy(() -> index.search(new float[] {1, 0, 0}, "", 1, 1.5)).hasMessage("minScore must be between 0 and 1, got 1.5");
        assertThatThrownBy(() -> index.search(new float[] {1, 0, 0}, "", 1, Double.NaN)).hasMessageContaining("minScore");
        assertThatThrownBy(() -> new VectorIndex(0)).hasMessageContaining("dimensions must be at least 1");
        assertThat(index.size()).isZero();
    }

    @Test
    void concurrent_puts_removes_and_searches_stay_consistent() throws Exception {
        var shared = new VectorIndex(16);
        float[] probe = new float[16];
        probe[0] = 1;
        shared.put("anchor", "/keep", probe);
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var tasks = new ArrayList<java.util.concurrent.Future<?>>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                tasks.add(pool.submit(() -> {
                    await(start);
                    var random = new Random(writer);
                    for (int i = 0; i < 2_000; i++) {
                        float[] v = new float[16];
                        for (int d = 0; d < 16; d++) {
                            v[d] = (float) random.nextGaussian();
                        }
                        shared.put("w" + writer + "-" + i, "/churn/" + writer, v);
                        if (i % 3 == 0) {
                            shared.remove("w" + writer + "-" + (i / 2));
                        }
                    }
                }));
            }
            for (int r = 0; r < 4; r++) {
                tasks.add(pool.submit(() -> {
                    await(start);
                    for (int i = 0; i < 500; i++) {
                        try {
                            List<VectorIndex.Hit> hits = shared.search(probe, "", 5, 0);
                            assertThat(hits.getFirst().recordId()).isEqualTo("anchor");
                            assertThat(shared.search(probe, "/keep", 5, 0)).hasSize(1);
                        } catch (Throwable t) {
                            failures.add(t);
                        }
                    }
                }));
            }
            start.countDown();
            for (var task : tasks) {
                task.get();
            }
        }
        assertThat(failures).isEmpty();
        int expectedRemoved = 0;
        for (int i = 0; i < 2_000; i += 3) {
            expectedRemoved++;
        }
        // each writer removes ids i/2 for i % 3 == 0; all those ids were put before (i/2 <= i), none twice
        assertThat(shared.size()).isEqualTo(1 + 4 * (2_000 - expectedRemoved));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

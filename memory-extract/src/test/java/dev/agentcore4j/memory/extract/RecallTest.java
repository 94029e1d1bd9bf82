package dev.agentcore4j.memory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.model.offline.OfflineModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole path the twin runs: offline extraction, embeddings, vectors stored as bytes, ranked recall. */
class RecallTest {

    @Test
    void a_question_recalls_the_record_that_answers_it_within_the_users_namespace() {
        Extractor extractor = Extractor.using(new OfflineModel());
        Embedder embedder = Embedder.miniLm();
        var index = new VectorIndex(embedder.dimensions());
        List<Utterance> taro = List.of(Utterance.user("My name is Taro. I live in Osaka and I work at Acme Robotics."),
                Utterance.user("I love sushi, but I hate loud music."));
        List<Utterance> hanako = List.of(Utterance.user("My name is Hanako. I live in Sapporo."));
        store(index, embedder, "/users/taro/facts", extractor.extract(StrategyKind.SEMANTIC, taro, List.of()));
        store(index, embedder, "/users/taro/preferences", extractor.extract(StrategyKind.USER_PREFERENCE, taro, List.of()));
        store(index, embedder, "/users/hanako/facts", extractor.extract(StrategyKind.SEMANTIC, hanako, List.of()));
        assertThat(index.size()).isEqualTo(7);

        List<VectorIndex.Hit> home = index.search(embedder.embed("Which city does the user live in?"), "/users/taro/", 3, 0.2);
        assertThat(home).first().satisfies(h -> assertThat(h.recordId()).isEqualTo("/users/taro/facts#The user lives in Osaka."));
        assertThat(home).allSatisfy(h -> assertThat(h.namespace()).startsWith("/users/taro/"));

        List<VectorIndex.Hit> food = index.search(embedder.embed("What food does the user enjoy?"), "/users/taro/preferences", 1, 0.2);
        assertThat(food).singleElement().satisfies(h -> assertThat(h.recordId()).endsWith("The user loves sushi."));
        assertThat(index.search(embedder.embed("What food does the user enjoy?"), "/users/nobody/", 5, 0)).isEmpty();
    }

    private static void store(VectorIndex index, Embedder embedder, String namespace, List<String> records) {
        for (String record : records) {
            byte[] stored = Vectors.toBytes(embedder.embed(record)); // what the twin keeps in its database
            index.put(namespace + "#" + record, namespace, Vectors.fromBytes(stored));
        }
    }
}

package dev.agentcore4j.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * search_documents with the real all-MiniLM-L6-v2 model. One class, one tool set: the model loads
 * once (about 0.65 s) for all these tests.
 */
class EmbeddingSearchTest {

    private static ToolCalls tools;

    @BeforeAll
    static void loadOnce() {
        tools = new ToolCalls(SeedTools.create(ToolsConfig.defaults().dataDir(Path.of("unused"))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> top(String query) {
        Map<String, Object> search = tools.ok("search_documents", Map.of("query", query));
        assertThat(search.get("method").toString()).startsWith("hybrid: all-MiniLM-L6-v2 embeddings + BM25");
        return ((List<Map<String, Object>>) search.get("results")).getFirst();
    }

    @Test
    void ranks_the_semantically_matching_document_first_for_a_paraphrased_question() {
        // Few words in common with the document: "lightweight", "blocking" are the meaning, not the title.
        Map<String, Object> top = top("How can a server handle a huge number of concurrent blocking requests cheaply in Java?");

        assertThat(top).containsEntry("title", "Java virtual threads");
        assertThat((double) top.get("semantic_score")).isGreaterThan(0.3);
    }

    @Test
    void ranks_by_meaning_when_the_query_shares_no_keywords_with_any_document() {
        // BM25 alone finds nothing for these (see SearchDocumentsToolTest); the embeddings do.
        assertThat(top("recall what someone told you weeks ago"))
                .containsEntry("source", "bundled:agentcore-memory.md").containsEntry("ranked_by", "embedding");
        assertThat(top("ship my bot to the cloud"))
                .containsEntry("source", "bundled:deployment.md").containsEntry("ranked_by", "embedding");
    }

    @Test
    void japanese_queries_still_find_japanese_documents() {
        assertThat(top("セッションの分離とmicroVM")).containsEntry("source", "bundled:agentcore-runtime-ja.md");
    }
}

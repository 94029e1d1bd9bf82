package dev.agentcore4j.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search_documents without the real embedding model (see {@link EmbeddingSearchTest} for that). */
class SearchDocumentsToolTest {

    @TempDir
    Path corpusDir;

    private static ToolCalls lexicalOnly(List<Path> corpus) {
        return ToolCalls.of(ToolsConfig.defaults().dataDir(Path.of("unused")).corpusDirs(corpus).semanticSearch(false));
    }

    private static ToolCalls withEmbedder(Supplier<Embedder> embedder) {
        return new ToolCalls(SeedTools.create(ToolsConfig.defaults().dataDir(Path.of("unused")), Optional.of(embedder)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Map<String, Object> search) {
        return (List<Map<String, Object>>) search.get("results");
    }

    @Test
    void ranks_by_bm25_when_semantic_search_is_off_and_says_so() {
        Map<String, Object> search = lexicalOnly(List.of()).ok("search_documents", Map.of("query", "ping health check HealthyBusy"));

        assertThat(search.get("method")).isEqualTo("lexical: BM25 only (semantic search is disabled)");
        assertThat(results(search)).first().satisfies(top -> {
            assertThat(top).containsEntry("title", "The AgentCore Runtime service contract")
                    .containsEntry("source", "bundled:runtime-service-contract.md").containsEntry("ranked_by", "bm25")
                    .containsKeys("snippet", "score", "lexical_score").doesNotContainKey("semantic_score");
            assertThat(top.get("snippet").toString()).isNotBlank().hasSizeLessThanOrEqualTo(285);
        });
        assertThat(results(search)).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void finds_japanese_documents_with_character_bigrams() {
        Map<String, Object> search = lexicalOnly(List.of()).ok("search_documents", Map.of("query", "仮想スレッドとは？", "top_k", 2));

        assertThat(results(search)).first().extracting(r -> r.get("title")).isEqualTo("仮想スレッドと並行処理");
        Map<String, Object> memory = lexicalOnly(List.of()).ok("search_documents", Map.of("query", "長期記憶の意味検索"));
        assertThat(results(memory)).first().extracting(r -> r.get("source")).isEqualTo("bundled:memory-ja.md");
    }

    @Test
    void searches_files_from_the_configured_corpus_directory_too() throws IOException {
        Files.createDirectories(corpusDir.resolve("team"));
        Files.writeString(corpusDir.resolve("team/onboarding.md"), """
                # Onboarding checklist

                New engineers request a laptop, join the zebra-stripes channel and pair with a mentor.
                """);
        Files.writeString(corpusDir.resolve("ignored.bin"), "zebra-stripes");

        Map<String, Object> search = lexicalOnly(List.of(corpusDir)).ok("search_documents", Map.of("query", "zebra stripes mentor"));

        assertThat(results(search)).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("title", "Onboarding checklist").containsEntry("source", "file:team/onboarding.md"));
    }

    @Test
    void answers_with_no_results_rather_than_noise_when_nothing_matches() {
        Map<String, Object> search = lexicalOnly(List.of()).ok("search_documents", Map.of("query", "xylophone quokka"));

        assertThat(search).containsEntry("count", 0).containsEntry("note", "no document matched; try other words");
        // Paraphrases that EmbeddingSearchTest finds by meaning have no words in common with the corpus:
        assertThat(lexicalOnly(List.of()).ok("search_documents", Map.of("query", "ship my bot to the cloud"))).containsEntry("count", 0);
    }

    @Test
    void combines_embeddings_and_bm25_and_embeds_the_corpus_once() {
        AtomicInteger loads = new AtomicInteger();
        AtomicInteger corpusEmbeddings = new AtomicInteger();
        ToolCalls tools = withEmbedder(() -> {
            loads.incrementAndGet();
            return texts -> {
                if (texts.size() > 1) {
                    corpusEmbeddings.incrementAndGet();
                }
                return texts.stream().map(SearchDocumentsToolTest::letterHistogram).toArray(float[][]::new);
            };
        });

        Map<String, Object> first = tools.ok("search_documents", Map.of("query", "Converse API stop reason"));
        tools.ok("search_documents", Map.of("query", "virtual threads"));

        assertThat(first.get("method")).isEqualTo("hybrid: all-MiniLM-L6-v2 embeddings + BM25");
        assertThat(results(first)).first().satisfies(r -> assertThat(r)
                .containsEntry("title", "Amazon Bedrock Converse API").containsKey("semantic_score"));
        assertThat(loads).hasValue(1);
        assertThat(corpusEmbeddings).hasValue(1);
    }

    @Test
    void falls_back_to_bm25_when_the_embedding_model_cannot_load() {
        ToolCalls tools = withEmbedder(() -> {
            throw new IllegalStateException("onnxruntime native library not found");
        });

        Map<String, Object> search = tools.ok("search_documents", Map.of("query", "Strands agent loop"));

        assertThat(search.get("method")).isEqualTo("lexical: BM25 only (embedding model unavailable)");
        assertThat(results(search)).first().extracting(r -> r.get("title")).isEqualTo("Strands Agents");
    }

    @Test
    void validates_query_and_top_k() {
        ToolCalls tools = lexicalOnly(List.of());
        assertThat(tools.error("search_documents", Map.of())).isEqualTo("argument 'query' is required");
        assertThat(tools.error("search_documents", Map.of("query", "x", "top_k", 11))).isEqualTo("argument 'top_k' must be at most 10");
        assertThat(tools.error("search_documents", Map.of("query", "x", "top_k", 0))).isEqualTo("argument 'top_k' must be at least 1");
        assertThat(results(tools.ok("search_documents", Map.of("query", "AgentCore", "top_k", 10)))).hasSizeGreaterThan(3);
    }

    @Test
    void tokenizes_english_words_without_stopwords_and_japanese_runs_as_bigrams() {
        assertThat(LexicalIndex.terms("The Threads of the JVM")).containsExactly("thread", "jvm");
        assertThat(LexicalIndex.terms("仮想スレッドの話")).containsExactly("仮想", "スレ", "レッ", "ッド", "話");
        assertThat(LexicalIndex.terms("ＡＷＳ　Ｌａｍｂｄａ")).containsExactly("aws", "lambda");
    }

    /** A crude but deterministic "embedding": normalised letter frequencies. */
    private static float[] letterHistogram(String text) {
        float[] v = new float[26];
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                v[c - 'a']++;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int i = 0; i < v.length && norm > 0; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}

package dev.agentcore4j.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * search_documents' logic: hybrid ranking of corpus chunks by embedding similarity and BM25, best
 * chunk per document. The embedding model is loaded on the first search and the corpus embeddings are
 * cached; if the model cannot load, ranking falls back to BM25 alone and the result says so. Japanese
 * queries lean on BM25, because the English-trained model handles Japanese poorly.
 */
final class DocumentSearch {

    static final int MAX_TOP_K = 10;
    private static final double MIN_HYBRID_SCORE = 0.12;

    private final List<Corpus.Chunk> chunks;
    private final LexicalIndex lexical;
    private final Supplier<Embedder> embedderFactory;
    private Embedder embedder;
    private float[][] chunkVectors;
    private String semanticUnavailable;

    /** @param embedderFactory the embedding model, or empty for lexical ranking only */
    DocumentSearch(List<Corpus.Chunk> chunks, Optional<Supplier<Embedder>> embedderFactory) {
        this.chunks = List.copyOf(chunks);
        this.lexical = new LexicalIndex(chunks.stream().map(c -> c.title() + " " + c.heading() + " " + c.text()).toList());
        this.embedderFactory = embedderFactory.orElse(null);
        this.semanticUnavailable = embedderFactory.isPresent() ? null : "semantic search is disabled";
    }

    Map<String, Object> search(String query, int topK) {
        if (query.isBlank()) {
            throw new ToolFailure("query must not be empty");
        }
        if (topK < 1 || topK > MAX_TOP_K) {
            throw new ToolFailure("top_k must be between 1 and " + MAX_TOP_K + ", got " + topK);
        }
        double[] lexicalScores = normalise(lexical.scores(query));
        Optional<double[]> semanticScores = semantic(query);
        boolean japanese = query.codePoints().anyMatch(cp -> Scripts.of(cp).isJapanese());
        double semanticWeight = semanticScores.isEmpty() ? 0 : japanese ? 0.3 : 0.6;

        Map<String, Hit> bestPerDocument = new LinkedHashMap<>();
        double[] cosines = semanticScores.orElse(null);
        for (int i = 0; i < chunks.size(); i++) {
            double cosine = cosines == null ? Double.NaN : cosines[i];
            double semanticPart = cosines == null ? 0 : semanticWeight * Math.max(0, cosine);
            double lexicalPart = (1 - semanticWeight) * lexicalScores[i];
            Hit hit = new Hit(chunks.get(i), semanticPart + lexicalPart, cosine, lexicalScores[i],
                    cosines != null && semanticPart >= lexicalPart ? "embedding" : "bm25");
            bestPerDocument.merge(hit.chunk().source(), hit, (a, b) -> a.score() >= b.score() ? a : b);
        }
        double threshold = semanticScores.isPresent() ? MIN_HYBRID_SCORE : 1e-9;
        List<Hit> ranked = new ArrayList<>(bestPerDocument.values().stream().filter(h -> h.score() >= threshold).toList());
        ranked.sort(Comparator.comparingDouble(Hit::score).reversed());

        List<Object> results = new ArrayList<>();
        for (Hit hit : ranked.subList(0, Math.min(topK, ranked.size()))) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("title", hit.chunk().title());
            if (!hit.chunk().heading().isEmpty()) {
                r.put("section", hit.chunk().heading());
            }
            r.put("source", hit.chunk().source());
            r.put("snippet", snippet(hit.chunk().text()));
            r.put("score", round(hit.score()));
            if (!Double.isNaN(hit.semantic())) {
                r.put("semantic_score", round(hit.semantic()));
            }
            r.put("lexical_score", round(hit.lexical()));
            r.put("ranked_by", hit.rankedBy());
            results.add(r);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("query", query);
        result.put("method", semanticScores.isPresent()
                ? "hybrid: all-MiniLM-L6-v2 embeddings + BM25" + (japanese ? " (BM25-weighted for Japanese)" : "")
                : "lexical: BM25 only (" + semanticUnavailable + ")");
        result.put("count", results.size());
        result.put("results", results);
        if (results.isEmpty()) {
            result.put("note", "no document matched; try other words");
        }
        return result;
    }

    /** Cosine similarity of the query to every chunk, loading the model and embedding the corpus once. */
    private synchronized Optional<double[]> semantic(String query) {
        if (semanticUnavailable != null) {
            return Optional.empty();
        }
        try {
            if (embedder == null) {
                embedder = embedderFactory.get();
                chunkVectors = embedder.embed(chunks.stream().map(Corpus.Chunk::embeddingText).toList());
            }
            float[] q = embedder.embed(List.of(query))[0];
            double[] scores = new double[chunks.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = dot(q, chunkVectors[i]);
            }
            return Optional.of(scores);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: the ONNX runtime's native library or the model jar is missing.
            semanticUnavailable = "embedding model unavailable";
            embedder = null;
            System.getLogger(DocumentSearch.class.getName()).log(System.Logger.Level.WARNING,
                    "tool=search_documents | embedding model failed; using BM25 only", e);
            return Optional.empty();
        }
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[] normalise(double[] scores) {
        double max = 0;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length && max > 0; i++) {
            out[i] = scores[i] / max;
        }
        return out;
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= 280) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 280);
        return flat.substring(0, cut > 200 ? cut : 280) + " …";
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4f", value));
    }

    private record Hit(Corpus.Chunk chunk, double score, double semantic, double lexical, String rankedBy) {
    }
}

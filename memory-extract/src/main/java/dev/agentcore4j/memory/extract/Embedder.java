package dev.agentcore4j.memory.extract;

/**
 * Text → unit-length vector, in process (LangChain4j all-MiniLM-L6-v2 quantized, 384 dims), thread-safe.
 * The dot product of two vectors is their cosine similarity. The model is trained on English: it
 * places Japanese text less well, so Japanese recall leans on the words a query shares with a record.
 *
 * <pre>{@code
 * Embedder embedder = Embedder.miniLm();
 * float[] query = embedder.embed("Where does the user live?");
 * List<VectorIndex.Hit> hits = index.search(query, "/users/taro/", 5, 0.3);
 * }</pre>
 */
public interface Embedder {

    int dimensions();

    /**
     * @throws IllegalArgumentException when {@code text} is blank
     * @throws EmbeddingException when the model cannot load or run
     */
    float[] embed(String text);

    /**
     * The process-wide MiniLM embedder: the model loads once, on the first {@link #embed} (~0.7 s),
     * and the vectors of the {@value MiniLmEmbedder#DEFAULT_CACHE_ENTRIES} most recently embedded
     * short texts are cached (a repeated query costs a map lookup).
     */
    static Embedder miniLm() {
        return MiniLmEmbedder.SHARED;
    }

    /** A MiniLM embedder with its own cache of {@code cacheEntries} recent texts (0: none); the model is still loaded once per process. */
    static Embedder miniLm(int cacheEntries) {
        return new MiniLmEmbedder(cacheEntries);
    }
}

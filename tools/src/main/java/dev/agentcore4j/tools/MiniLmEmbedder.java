package dev.agentcore4j.tools;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * LangChain4j's in-process all-MiniLM-L6-v2 (quantized ONNX, 384 dimensions). The only class that
 * touches LangChain4j, so a missing or broken model surfaces as one failure in {@link #load()}.
 */
final class MiniLmEmbedder implements Embedder {

    private final EmbeddingModel model;

    private MiniLmEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    static MiniLmEmbedder load() {
        return new MiniLmEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    @Override
    public float[][] embed(List<String> texts) {
        List<Embedding> embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        float[][] vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            Embedding embedding = embeddings.get(i);
            embedding.normalize(); // in place; cosine similarity becomes a dot product
            vectors[i] = embedding.vector();
        }
        return vectors;
    }
}

package dev.agentcore4j.tools;

import java.util.List;

/** Turns texts into unit-length vectors whose dot product is their cosine similarity. */
@FunctionalInterface
interface Embedder {

    float[][] embed(List<String> texts);

    /** The bundled all-MiniLM-L6-v2 (quantized) model; constructing it loads ONNX Runtime (~0.65 s). */
    static Embedder miniLm() {
        return MiniLmEmbedder.load();
    }
}

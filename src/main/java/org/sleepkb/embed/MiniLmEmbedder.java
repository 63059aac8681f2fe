package org.sleepkb.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * The quantized all-MiniLM-L6-v2 sentence model that ships inside a Maven artifact and runs in
 * process on CPU through ONNX Runtime: no network, no files outside the jar. Its vectors are
 * mean-pooled and normalised to unit length by the model wrapper.
 */
final class MiniLmEmbedder implements Embedder {

    private static final String ID = "all-minilm-l6-v2-q";

    private final EmbeddingModel model;

    MiniLmEmbedder() {
        // A direct executor: callers batch their own work, and ONNX Runtime already uses every core.
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Override
    public String modelId() {
        return ID;
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }
}

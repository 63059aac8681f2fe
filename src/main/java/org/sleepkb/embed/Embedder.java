package org.sleepkb.embed;

import java.util.List;

/**
 * A sentence model that turns text into vectors of unit length, so that the dot product of two
 * vectors is their cosine similarity. The index records {@link #modelId()} with the vectors it
 * stores, so vectors of different models are never compared.
 */
public interface Embedder {

    /** Names the model and everything that changes its vectors; part of every cache key. */
    String modelId();

    int dimension();

    float[] embed(String text);

    /** One vector per text, in order. */
    List<float[]> embedAll(List<String> texts);

    /** Texts waiting for the model (queries and passages of a background reindex); a model without a queue has none. */
    default int waiting() {
        return 0;
    }
}

package org.sleepkb.embed;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The real sentence model, counting the texts it embeds, so tests can see what a reindex recomputed. */
public final class CountingEmbedder implements Embedder {

    private final Embedder model;
    private final AtomicInteger embedded = new AtomicInteger();

    public CountingEmbedder(Embedder model) {
        this.model = model;
    }

    /** Texts embedded since the last call. */
    public int takeCount() {
        return embedded.getAndSet(0);
    }

    @Override
    public String modelId() {
        return model.modelId();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public float[] embed(String text) {
        embedded.incrementAndGet();
        return model.embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        embedded.addAndGet(texts.size());
        return model.embedAll(texts);
    }
}

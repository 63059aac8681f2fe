package org.sleepkb.solrit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sleepkb.embed.Embedder;

/** The sentence model remembering every text it embedded: the suite's two engines embed the same passages once. */
final class RememberingEmbedder implements Embedder {

    private final Embedder model;
    private final Map<String, float[]> embedded = new ConcurrentHashMap<>();

    RememberingEmbedder(Embedder model) {
        this.model = model;
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
        return embedded.computeIfAbsent(text, model::embed);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<String> missing = texts.stream().filter(text -> !embedded.containsKey(text)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> vectors = model.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                embedded.put(missing.get(i), vectors.get(i));
            }
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        texts.forEach(text -> vectors.add(embedded.get(text)));
        return vectors;
    }
}

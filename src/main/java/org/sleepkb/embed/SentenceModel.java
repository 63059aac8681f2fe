package org.sleepkb.embed;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the sentence model once per process. Semantic search is an improvement, never a
 * requirement: when the model cannot load (a platform without ONNX Runtime, a damaged jar, too
 * little memory) the reason is logged once and callers get no model, so they search lexically.
 */
public final class SentenceModel {

    private static final Logger LOG = LoggerFactory.getLogger(SentenceModel.class);

    private static Optional<Embedder> loaded;
    private static String failure;

    private SentenceModel() {
    }

    /** The shared model, or empty when it cannot load here. */
    public static synchronized Optional<Embedder> shared() {
        if (loaded == null) {
            loaded = load();
        }
        return loaded;
    }

    /** Why the model could not load, or empty when it loaded or was never asked for. */
    public static synchronized Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private static Optional<Embedder> load() {
        try {
            Embedder embedder = new MiniLmEmbedder();
            embedder.embed("warm up"); // loads the native libraries now, not on the first search
            return Optional.of(embedder);
        } catch (RuntimeException | LinkageError e) {
            failure = e.toString();
            LOG.warn("semantic search is off: the sentence model could not load ({}); searching by words only", failure);
            return Optional.empty();
        }
    }
}

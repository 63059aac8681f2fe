package org.sleepkb.cli;

import java.util.Optional;
import org.sleepkb.embed.Embedder;
import org.sleepkb.embed.SentenceModel;
import picocli.CommandLine.Option;

/**
 * The {@code --no-semantic} switch. Semantic search is on whenever the sentence model loads; when
 * it cannot, the reason is logged once and the command goes on by words alone.
 */
public final class SemanticSwitch {

    @Option(names = "--no-semantic", description = "search by words only: do not load the sentence model")
    private boolean off;

    /** The sentence model, unless switched off or unable to load. */
    public Optional<Embedder> embedder() {
        return off ? Optional.empty() : SentenceModel.shared();
    }

    /** Why the model, asked for, could not load; empty when it loaded or was switched off. */
    public Optional<String> failure() {
        return off ? Optional.empty() : SentenceModel.failure();
    }
}

package org.sleepkb.search.embedded;

import java.time.Clock;
import java.util.Optional;
import org.sleepkb.embed.Embedder;
import org.sleepkb.search.SearchMode;

/**
 * How the embedded engine searches.
 *
 * @param clock         what "today" is, for review dates and the safety shown
 * @param embedder      the sentence model; without it the engine searches by words alone, whatever the mode
 * @param mode          by words, by meaning or both fused; meaning counts only where the index holds vectors too
 * @param cachedResults answers to distinct searches kept until the index changes (0: none), for a server that sees
 *                      the same searches again
 */
public record EngineOptions(Clock clock, Optional<Embedder> embedder, SearchMode mode, int cachedResults) {

    /** The system clock, no sentence model (so by words), hybrid once given a model, no kept answers. */
    public static final EngineOptions DEFAULTS = new EngineOptions(Clock.systemDefaultZone(), Optional.empty(), SearchMode.HYBRID, 0);

    public EngineOptions withClock(Clock clock) {
        return new EngineOptions(clock, embedder, mode, cachedResults);
    }

    public EngineOptions withEmbedder(Optional<Embedder> embedder) {
        return new EngineOptions(clock, embedder, mode, cachedResults);
    }

    public EngineOptions withMode(SearchMode mode) {
        return new EngineOptions(clock, embedder, mode, cachedResults);
    }

    public EngineOptions withCachedResults(int cachedResults) {
        return new EngineOptions(clock, embedder, mode, cachedResults);
    }
}

package org.sleepkb.index;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sleepkb.corpus.Problem;

/**
 * What one reindex did.
 *
 * @param articles  documents in the index after the commit
 * @param kept      broken files whose last good version stayed in the index
 * @param skipped   slugs of article files that could not be indexed
 */
public record ReindexSummary(
        boolean full,
        int articles,
        int added,
        int updated,
        int removed,
        int unchanged,
        int kept,
        int substances,
        List<String> skipped,
        List<Problem> problems,
        Instant finishedAt,
        Duration took) {

    public ReindexSummary {
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    /** One line for logs and the command line. */
    public String describe() {
        return String.format("%s reindex: %d articles (%d added, %d updated, %d removed, %d unchanged, %d kept at their last good version), %d substances, %d problems, %d ms",
                full ? "full" : "incremental", articles, added, updated, removed, unchanged, kept, substances,
                problems.size(), took.toMillis());
    }
}

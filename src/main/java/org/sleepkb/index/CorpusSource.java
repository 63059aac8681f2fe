package org.sleepkb.index;

import java.io.IOException;
import org.sleepkb.corpus.read.Corpus;

/** Where a reindex gets its corpus from; read only once the reindex holds the write lock. */
@FunctionalInterface
public interface CorpusSource {
    Corpus read() throws IOException;
}

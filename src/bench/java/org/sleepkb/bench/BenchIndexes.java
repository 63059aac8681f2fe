package org.sleepkb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.embed.Embedder;
import org.sleepkb.index.IndexStore;

/**
 * The two indexes a search benchmark compares, built from one corpus folder: sleepkb's own
 * ({@code WORK/sleepkb}) and the {@link LuceneBaseline} ({@code WORK/baseline}). Indexes already
 * in the work folder are reused, so the 100k corpus is read and indexed once, not once per run.
 */
final class BenchIndexes {

    private BenchIndexes() {
    }

    /** sleepkb's index; one built with passage vectors lives apart from a lexical one. */
    static Path sleepkb(Path work, Optional<Embedder> embedder) {
        return work.resolve(embedder.isPresent() ? "sleepkb-semantic" : "sleepkb");
    }

    static Path baseline(Path work) {
        return work.resolve("baseline");
    }

    /** Builds whichever of the two indexes {@code work} does not hold yet. */
    static void prepare(Path corpusFolder, Path work, Optional<Embedder> embedder) throws IOException {
        boolean haveSleepkb = IndexStore.openExisting(sleepkb(work, embedder)).map(BenchIndexes::closeAndTellIfBuilt).orElse(false);
        boolean haveBaseline = LuceneBaseline.exists(baseline(work));
        if (haveSleepkb && haveBaseline) {
            return;
        }
        Corpus corpus = new CorpusReader().read(corpusFolder);
        if (corpus.articles().isEmpty()) {
            throw new IllegalArgumentException(corpusFolder + " holds no valid article");
        }
        if (!haveSleepkb) {
            try (IndexStore store = IndexStore.open(sleepkb(work, embedder), embedder)) {
                store.reindex(corpus, true);
            }
        }
        if (!haveBaseline) {
            LuceneBaseline.build(baseline(work), corpus.articles());
        }
    }

    private static boolean closeAndTellIfBuilt(IndexStore store) {
        try (store) {
            return !store.needsFullBuild();
        } catch (IOException e) {
            return false;
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}

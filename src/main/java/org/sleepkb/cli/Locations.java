package org.sleepkb.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the corpus and the index live. Defaults suit a checkout ({@code corpus/}, {@code data/index});
 * the environment variables {@code SLEEPKB_CORPUS} and {@code SLEEPKB_INDEX} override them, and the
 * options override both.
 */
public final class Locations {

    public static final String CORPUS_ENV = "SLEEPKB_CORPUS";
    public static final String INDEX_ENV = "SLEEPKB_INDEX";

    @Option(names = "--corpus", paramLabel = "DIR", description = "corpus folder (default: $" + CORPUS_ENV + " or corpus)")
    private Path corpus;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: $" + INDEX_ENV + " or data/index)")
    private Path index;

    public Path corpus() {
        return corpus != null ? corpus : Path.of(envOr(CORPUS_ENV, "corpus"));
    }

    public Path index() {
        return index != null ? index : Path.of(envOr(INDEX_ENV, "data/index"));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

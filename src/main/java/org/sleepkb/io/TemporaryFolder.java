package org.sleepkb.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Deletes temporary folders that outlive the code that made them: the index of the build's
 * class-archive training launch, and in tests a shared index or a browser profile.
 */
public final class TemporaryFolder {

    private TemporaryFolder() {
    }

    /** Deletes {@code folder} and everything in it; a folder already gone is fine. */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}

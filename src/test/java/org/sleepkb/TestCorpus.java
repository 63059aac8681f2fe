package org.sleepkb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A writable copy of a corpus for one test: the small fixture corpus in
 * {@code src/test/resources/fixture-corpus}, or the bundled {@code corpus/}.
 */
public final class TestCorpus {

    public static final Path FIXTURE = Path.of("src/test/resources/fixture-corpus");
    public static final Path BUNDLED = Path.of("corpus");
    /** Profiles, products and articles laid over {@link #FIXTURE} for the safety rules: sedatives, a product, a claims text. */
    public static final Path SAFETY = Path.of("src/test/resources/safety-corpus");

    private final Path root;

    private TestCorpus(Path root) {
        this.root = root;
    }

    /** Copies {@code source} into {@code target} (usually a JUnit {@code @TempDir}). */
    public static TestCorpus copyOf(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestCorpus(target);
    }

    /** The fixture corpus with the {@link #SAFETY} files added, copied into {@code target}. */
    public static TestCorpus safetyCopy(Path target) {
        copyOf(FIXTURE, target);
        return copyOf(SAFETY, target);
    }

    public Path root() {
        return root;
    }

    public Path article(String fileName) {
        return root.resolve("articles").resolve(fileName);
    }

    public TestCorpus writeArticle(String fileName, String content) {
        return write("articles/" + fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestCorpus write(String relativePath, byte[] content) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestCorpus delete(String relativePath) {
        try {
            Files.delete(root.resolve(relativePath));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid article with the given title and body, filed under {@code sleep-science}. */
    public static String article(String title, String body) {
        return "---\ntitle: \"" + title.replace("\"", "\\\"") + "\"\nsummary: A test article.\ntopics: [sleep-science]\n"
                + "evidence: low\nreviewed: 2026-11-20\nsources:\n  - title: Source\n    publisher: NIH\n"
                + "    url: https://www.nih.gov/\n---\n" + body + "\n";
    }
}

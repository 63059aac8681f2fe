package org.sleepkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.io.TemporaryFolder;
import org.sleepkb.TestCorpus;
import org.sleepkb.cli.CommandLineTest.Run;
import org.sleepkb.index.IndexStore;

/**
 * A reindex never removes what it cannot see and never dies on a file: a missing corpus or
 * {@code articles/} folder, or a corpus that would remove most articles, changes nothing; a
 * deeply nested article is named and skipped.
 */
class SafeReindexTest {

    @TempDir
    Path dir;

    private TestCorpus corpus;
    private Path index;

    @BeforeEach
    void indexTheFixture() {
        corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"));
        index = dir.resolve("index");
        Run first = CommandLineTest.run("reindex", "--no-semantic", "--corpus", corpus.root().toString(), "--index", index.toString());
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertEquals(3, articles());
    }

    @Test
    void aMissingCorpusFolderExitsOneAndChangesNothing() {
        Run reindex = CommandLineTest.run("reindex", "--no-semantic", "--corpus", dir.resolve("nonexistent").toString(),
                "--index", index.toString());

        assertEquals(1, reindex.exitCode(), reindex.out());
        assertTrue(reindex.err().contains("nonexistent") && reindex.err().contains("nothing was changed"), reindex.err());
        assertEquals(3, articles());
    }

    @Test
    void aMissingArticlesFolderExitsOneAndChangesNothing() throws IOException {
        TemporaryFolder.delete(corpus.root().resolve("articles"));

        Run reindex = CommandLineTest.run("reindex", "--no-semantic", "--full", "--corpus", corpus.root().toString(),
                "--index", index.toString());

        assertEquals(1, reindex.exitCode(), reindex.out());
        assertTrue(reindex.err().contains("articles/"), reindex.err());
        assertEquals(3, articles());
    }

    @Test
    void removingMoreThanHalfOfTheArticlesNeedsToBeAskedFor() throws IOException {
        try (var files = Files.list(corpus.root().resolve("articles"))) {
            files.filter(f -> !f.getFileName().toString().startsWith("sleep-stages")).forEach(f -> corpus.delete("articles/" + f.getFileName()));
        }

        Run refused = CommandLineTest.run("reindex", "--no-semantic", "--corpus", corpus.root().toString(), "--index", index.toString());
        assertEquals(1, refused.exitCode(), refused.out());
        assertTrue(refused.err().contains("would remove 2 of the 3") && refused.err().contains("--allow-mass-removal"), refused.err());
        assertEquals(3, articles());

        Run allowed = CommandLineTest.run("reindex", "--no-semantic", "--allow-mass-removal", "--corpus", corpus.root().toString(),
                "--index", index.toString());
        assertEquals(0, allowed.exitCode(), allowed.out() + allowed.err());
        assertEquals(1, articles());
    }

    @Test
    void aDeeplyNestedArticleIsNamedInValidateAndSkippedInReindex() {
        corpus.writeArticle("nested-quotes.md", TestCorpus.article("Nested", "> ".repeat(5000) + "deep"))
                .writeArticle("nested-lists.md", TestCorpus.article("Lists", "- ".repeat(5000) + "deep"))
                .writeArticle("nested-emphasis.md", TestCorpus.article("Emphasis", "*".repeat(5000) + "a" + "*".repeat(5000)));

        Run validate = CommandLineTest.run("validate", "--corpus", corpus.root().toString());
        assertEquals(1, validate.exitCode(), validate.out());
        assertTrue(validate.out().lines().anyMatch(l -> l.startsWith("articles/nested-quotes.md:") && l.contains("nest")), validate.out());
        assertTrue(validate.out().lines().anyMatch(l -> l.startsWith("articles/nested-lists.md:")), validate.out());
        assertTrue(validate.out().lines().anyMatch(l -> l.startsWith("articles/nested-emphasis.md:")), validate.out());

        Run reindex = CommandLineTest.run("reindex", "--no-semantic", "--corpus", corpus.root().toString(), "--index", index.toString());
        assertEquals(1, reindex.exitCode(), reindex.out() + reindex.err());
        assertTrue(reindex.out().contains("skipped: nested-quotes") && reindex.out().contains("skipped: nested-lists")
                && reindex.out().contains("skipped: nested-emphasis"), reindex.out());
        assertEquals(3, articles());
    }

    @Test
    void aVeryLongLineIsNamedWithItsLine() {
        corpus.writeArticle("long-line.md", TestCorpus.article("Long", "Fine line.\n\n" + "word ".repeat(10_000)));

        Run validate = CommandLineTest.run("validate", "--corpus", corpus.root().toString());

        assertEquals(1, validate.exitCode(), validate.out());
        assertTrue(validate.out().lines().anyMatch(l -> l.startsWith("articles/long-line.md:14:")), validate.out());
    }

    private int articles() {
        try (IndexStore store = IndexStore.openExisting(index).orElseThrow()) {
            return store.withSearcher(s -> s.getIndexReader().numDocs());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

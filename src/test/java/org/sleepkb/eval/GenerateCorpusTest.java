package org.sleepkb.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.ProcessOutput;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.corpus.EvidenceGrade;

/** {@code sleepkb generate-corpus} writes valid articles with distinct slugs and refuses bad input in one line. */
class GenerateCorpusTest {

    private static final String BEIR = "src/test/resources/beir-tiny";

    @TempDir
    Path temp;

    @Test
    void everyDocumentBecomesAValidArticleOncePerCopyWithItsOwnSlug() {
        Path out = temp.resolve("large");
        ProcessOutput output = ProcessOutput.run("generate-corpus", "--beir", BEIR, "--copies", "3", "--out", out.toString(),
                "--shared-from", TestCorpus.FIXTURE.toString());

        assertEquals(0, output.code(), output.err());
        assertTrue(output.out().startsWith("15 articles (5 documents x 3)"), output.out());
        Corpus corpus = new CorpusReader().read(out);
        assertEquals(List.of(), corpus.problems());
        assertEquals(15, corpus.articles().size());
        assertTrue(corpus.articles().stream().map(Article::slug).collect(Collectors.toSet())
                .containsAll(Set.of("d1-1", "d1-2", "d1-3", "doc-5-3")));
        for (Article article : corpus.articles()) {
            assertEquals(1, article.topics().size(), article.slug());
            assertTrue(article.evidence() != EvidenceGrade.UNRATED, article.slug());
            assertFalse(article.summary().isBlank(), article.slug());
        }
    }

    @Test
    void substancesAreLinkedOnlyWhereTheTextNamesThem() {
        Path out = temp.resolve("large");
        ProcessOutput.run("generate-corpus", "--beir", BEIR, "--out", out.toString(), "--shared-from", TestCorpus.FIXTURE.toString());

        Corpus corpus = new CorpusReader().read(out);

        Article melatonin = corpus.articles().stream().filter(a -> a.slug().equals("d1-1")).findFirst().orElseThrow();
        assertEquals(List.of("melatonin"), melatonin.substances());
        Article caffeine = corpus.articles().stream().filter(a -> a.slug().equals("d2-1")).findFirst().orElseThrow();
        assertEquals(List.of(), caffeine.substances(), "the fixture corpus has no caffeine profile");
    }

    @Test
    void aFolderThatAlreadyHoldsArticlesIsRefusedInOneLine() throws Exception {
        Path out = temp.resolve("large");
        Files.createDirectories(out.resolve("articles"));
        Files.writeString(out.resolve("articles/mine.md"), "# Mine\n\nText.\n");

        ProcessOutput output = ProcessOutput.run("generate-corpus", "--beir", BEIR, "--out", out.toString(), "--shared-from", TestCorpus.FIXTURE.toString());

        assertEquals(2, output.code());
        assertTrue(output.err().startsWith("error: ") && output.err().contains("already holds articles"), output.err());
        assertFalse(output.err().contains("Exception"));
    }

    @Test
    void aFolderThatIsNoBeirDatasetGivesOneClearLine() {
        ProcessOutput output = ProcessOutput.run("generate-corpus", "--beir", temp.toString(), "--out", temp.resolve("x").toString(),
                "--shared-from", TestCorpus.FIXTURE.toString());

        assertEquals(1, output.code());
        assertTrue(output.err().startsWith("error: ") && output.err().contains("test.tsv"), output.err());
    }
}

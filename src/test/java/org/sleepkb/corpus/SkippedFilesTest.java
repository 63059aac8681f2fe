package org.sleepkb.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.CorpusReader;

/** Every file a reindex leaves out is named with its reason, in a line that no file name can break. */
class SkippedFilesTest {

    @TempDir
    Path dir;

    @Test
    void aDanglingLinkIsNamedWithWhereItLeads() throws Exception {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"));
        Files.createSymbolicLink(corpus.article("gone.md"), Path.of("nowhere.md"));

        List<String> problems = problems(corpus);

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("articles/gone.md: error: is a link to nowhere.md, which does not exist")),
                problems.toString());
    }

    @Test
    void hiddenFilesAreNamedAsIgnored() {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"))
                .writeArticle(".draft.md", TestCorpus.article("Draft", "Not yet."));

        List<String> problems = problems(corpus);

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("articles/.draft.md: warning: is ignored")), problems.toString());
    }

    @Test
    void aFileNameWithALineBreakCannotForgeALine() {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir.resolve("corpus"))
                .writeArticle("x\nforged.md: error: fake.md", "---\ntitle: [\n---\nBody\n");

        List<String> problems = problems(corpus);

        assertFalse(problems.stream().anyMatch(p -> p.contains("\n")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("articles/x\\u000Aforged.md: error: fake.md: error:")), problems.toString());
    }

    private static List<String> problems(TestCorpus corpus) {
        return new CorpusReader().read(corpus.root()).problems().stream().map(Problem::toString).toList();
    }
}

package org.sleepkb.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.index.IndexStore;
import org.sleepkb.index.ReindexSummary;

/**
 * Each validation rule of corpus-format.md, one broken file per rule: the problem names the file
 * (and the line where one is to blame), and the good files are still indexed.
 */
class ValidationRulesTest {

    static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final List<String> GOOD_SLUGS = List.of("kratom-and-sleep", "melatonin-basics", "sleep-stages");

    static String frontMatter(String... lines) {
        return "---\n" + String.join("\n", lines) + "\n---\nSome body text.\n";
    }

    static final String[] VALID = {
        "title: A title", "summary: A summary.", "topics: [sleep-science]", "evidence: low",
        "reviewed: 2026-11-20", "sources:", "  - title: NIH", "    url: https://www.nih.gov/"};

    /** The valid front matter with the line starting with {@code key} replaced (or removed when null). */
    static String with(String key, String replacement) {
        StringBuilder lines = new StringBuilder("---\n");
        for (String line : VALID) {
            if (line.startsWith(key + ":")) {
                if (replacement != null) {
                    lines.append(replacement).append('\n');
                }
            } else {
                lines.append(line).append('\n');
            }
        }
        return lines + "---\nSome body text.\n";
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("missing title", "bad.md", with("title", null), 0, "`title` is missing"),
                Arguments.of("empty title", "bad.md", with("title", "title: \"\""), 2, "`title` is empty"),
                Arguments.of("title too long", "bad.md", with("title", "title: " + "t".repeat(201)), 2, "at most 200"),
                Arguments.of("missing summary", "bad.md", with("summary", null), 0, "`summary` is missing"),
                Arguments.of("summary too long", "bad.md", with("summary", "summary: " + "s".repeat(401)), 3, "at most 400"),
                Arguments.of("no topics", "bad.md", with("topics", "topics: []"), 4, "list 1 to 5 ids"),
                Arguments.of("six topics", "bad.md", with("topics", "topics: [a, b, c, d, e, f]"), 4, "list 1 to 5 ids"),
                Arguments.of("unknown topic", "bad.md", with("topics", "topics: [sleep-science, gardening]"), 4, "topic `gardening` is not in topics.yaml"),
                Arguments.of("unknown substance", "bad.md", with("topics", "topics: [sleep-science]\nsubstances: [unobtainium]"), 5, "substance `unobtainium` has no valid profile"),
                Arguments.of("unknown evidence grade", "bad.md", with("evidence", "evidence: strong"), 5, "use high, moderate, low or very-low"),
                Arguments.of("reviewed not a date", "bad.md", with("reviewed", "reviewed: 2026-02-30"), 6, "not a real date"),
                Arguments.of("reviewed in the future", "bad.md", with("reviewed", "reviewed: 2027-01-01"), 6, "a date in the future"),
                Arguments.of("reviewed without sources", "bad.md", frontMatter(
                        "title: T", "summary: S.", "topics: [sleep-science]", "evidence: low", "reviewed: 2026-11-20"), 0,
                        "needs at least one source"),
                Arguments.of("source without https", "bad.md", with("sources", "sources:\n  - title: NIH\n    url: http://www.nih.gov/")
                        .replace("  - title: NIH\n    url: https://www.nih.gov/\n---", "---"), 0, "needs an https URL"),
                Arguments.of("slug with capitals", "Bad_Name.md", with("x", null), 0, "not a valid slug"),
                Arguments.of("duplicate slug", "sleep-stages.txt", "Sleep stages again\n\nAnother text.", 0, "same slug `sleep-stages`"),
                Arguments.of("empty body", "bad.md", with("x", null).replace("Some body text.\n", ""), 0, "body after the front matter is empty"),
                Arguments.of("empty file", "bad.md", "  \n", 0, "is empty"),
                Arguments.of("front matter not closed", "bad.md", "---\ntitle: T\nsummary: S\n", 1, "no closing `---`"),
                Arguments.of("malformed YAML", "bad.md", with("summary", "summary: [unclosed"), 0, "invalid YAML"),
                Arguments.of("YAML alias bomb", "bad.md", "---\n" + aliasBomb() + "---\nBody.\n", 0, "invalid YAML"));
    }

    static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        return yaml.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void eachBrokenFileIsNamedAndTheGoodFilesAreStillIndexed(String rule, String fileName, String content, int line,
                                                             String message, @TempDir Path corpusDir, @TempDir Path indexDir)
            throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir).writeArticle(fileName, content);

        Corpus read = new CorpusReader(TODAY).read(corpus.root());

        Problem problem = read.problems().stream().filter(p -> p.message().contains(message)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + ": expected a problem containing \"" + message + "\" but got " + read.problems()));
        assertEquals("articles/" + fileName, problem.file(), rule);
        assertEquals(Problem.Severity.ERROR, problem.severity(), rule);
        if (line > 0) {
            assertEquals(line, problem.line(), rule + ": " + problem);
        }
        assertEquals(GOOD_SLUGS, read.articles().stream().map(Article::slug).sorted().toList(), rule);
        try (IndexStore store = IndexStore.open(indexDir)) {
            ReindexSummary summary = store.reindex(read, false);
            assertEquals(GOOD_SLUGS.size(), summary.articles(), rule);
            assertTrue(summary.problems().contains(problem), rule);
        }
    }

    @Test
    void aFileOverOneMebibyteIsRefused(@TempDir Path corpusDir) {
        String huge = with("x", null) + "word ".repeat(220_000);
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir).writeArticle("huge.md", huge);

        Corpus read = new CorpusReader(TODAY).read(corpus.root());

        assertHasError(read, "articles/huge.md", "files over 1 MiB are refused");
        assertEquals(GOOD_SLUGS.size(), read.articles().size());
    }

    @Test
    void invalidUtf8IsReportedWithItsLine(@TempDir Path corpusDir) {
        byte[] bytes = (with("x", null) + "caf").getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir).write("articles/latin1.md", broken);

        Corpus read = new CorpusReader(TODAY).read(corpus.root());

        Problem problem = assertHasError(read, "articles/latin1.md", "not valid UTF-8");
        assertEquals(12, problem.line(), "front matter 1-10, body line 11, the bad bytes on line 12");
    }

    @Test
    void aBinaryFileIsRefused(@TempDir Path corpusDir) {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir)
                .write("articles/picture.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertHasError(new CorpusReader(TODAY).read(corpus.root()), "articles/picture.md", "binary file");
    }

    @Test
    void aLinkToAFileOutsideTheCorpusIsRefused(@TempDir Path corpusDir, @TempDir Path outside) throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir);
        Path secret = Files.writeString(outside.resolve("secret.md"), TestCorpus.article("Secret", "Private text."));
        Files.createSymbolicLink(corpus.article("secret.md"), secret);

        Corpus read = new CorpusReader(TODAY).read(corpus.root());

        assertHasError(read, "articles/secret.md", "outside the corpus folder");
        assertTrue(read.articles().stream().noneMatch(a -> a.slug().equals("secret")));
    }

    @Test
    void unknownFieldsAreWarnedAboutButTheArticleIsIndexed(@TempDir Path corpusDir) {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir)
                .writeArticle("typo.md", with("summary", "summary: S.\nsumary: typo"));

        Corpus read = new CorpusReader(TODAY).read(corpus.root());

        Problem problem = read.problems().stream().filter(p -> p.message().contains("unknown field `sumary`")).findFirst().orElseThrow();
        assertEquals(Problem.Severity.WARNING, problem.severity());
        assertEquals(4, problem.line());
        assertTrue(read.articles().stream().anyMatch(a -> a.slug().equals("typo")));
    }

    @Test
    void aBrokenProfileIsReportedAndArticlesDeclaringItAreHeldBack(@TempDir Path corpusDir) {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir)
                .write("substances/kratom.yaml", "id: kratom\nname: Kratom\nkind: herbal\nrisk: extreme\n".getBytes(StandardCharsets.UTF_8));

        Corpus read = new CorpusReader(TODAY).read(corpus.root());

        assertHasError(read, "substances/kratom.yaml", "use low, moderate or high");
        assertHasError(read, "articles/kratom-and-sleep.md", "substance `kratom` has no valid profile");
        assertEquals(List.of("kratom-and-sleep"), read.brokenSlugs());
    }

    @Test
    void everyKindOfHostileFileAtOnceIsReportedAndNoneStopsTheReindex(@TempDir Path corpusDir, @TempDir Path outside,
                                                                       @TempDir Path indexDir) throws IOException {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, corpusDir)
                .writeArticle("huge.md", with("x", null) + "word ".repeat(220_000))
                .write("articles/latin1.md", new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'})
                .write("articles/picture.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})
                .writeArticle("blank.md", "")
                .writeArticle("sleep-stages.txt", "Sleep stages again\n\nAnother text.")
                .writeArticle("bomb.md", "---\n" + aliasBomb() + "---\nBody.\n")
                .writeArticle("typo.md", with("summary", "summary: S.\nsumary: typo"));
        Files.createSymbolicLink(corpus.article("secret.md"),
                Files.writeString(outside.resolve("secret.md"), TestCorpus.article("Secret", "Private text.")));

        Corpus read = new CorpusReader(TODAY).read(corpus.root());
        try (IndexStore store = IndexStore.open(indexDir)) {
            ReindexSummary summary = store.reindex(read, false);

            assertEquals(GOOD_SLUGS.size() + 1, summary.articles(), "the good articles and the one with an unknown field");
            for (String file : List.of("huge.md", "latin1.md", "picture.md", "blank.md", "sleep-stages.txt", "bomb.md", "secret.md")) {
                assertTrue(summary.problems().stream().anyMatch(p -> p.file().equals("articles/" + file) && p.isError()),
                        file + " is not reported: " + summary.problems());
            }
            assertTrue(summary.problems().stream().anyMatch(p -> p.file().equals("articles/typo.md") && !p.isError()));
        }
    }

    private static Problem assertHasError(Corpus corpus, String file, String message) {
        return corpus.problems().stream()
                .filter(p -> p.file().equals(file) && p.isError() && p.message().contains(message))
                .findFirst()
                .orElseThrow(() -> new AssertionError("expected an error in " + file + " containing \"" + message + "\" but got " + corpus.problems()));
    }
}

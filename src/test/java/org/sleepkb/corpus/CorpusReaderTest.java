package org.sleepkb.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.read.CorpusReader;

class CorpusReaderTest {

    private final CorpusReader reader = new CorpusReader(ValidationRulesTest.TODAY);

    private static Article find(Corpus corpus, String slug) {
        return corpus.articles().stream().filter(a -> a.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " was not read; problems: " + corpus.problems()));
    }

    @Test
    void anArticleThatNamesASubstanceByAnAliasIsLinkedToIt(@TempDir Path dir) {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir)
                .writeArticle("herbal-teas.md", TestCorpus.article("Herbal teas", "Some shops sell Ketum leaves as a tea."));

        Article article = find(reader.read(corpus.root()), "herbal-teas");

        assertEquals(java.util.List.of("kratom"), article.substances());
    }

    @Test
    void aliasesMatchWholeWordsOnly(@TempDir Path dir) {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir)
                .writeArticle("words.md", TestCorpus.article("Words", "Ketumbar is coriander in Malay, not a sleep aid."));

        assertTrue(find(reader.read(corpus.root()), "words").substances().isEmpty());
    }

    @Test
    void namesMatchInAnyCaseNextToPunctuationButNotInsideWords(@TempDir Path dir) {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir)
                .writeArticle("caps.md", TestCorpus.article("Caps", "Labels say MITRAGYNA SPECIOSA. Others call it the (Sleep hormone)."))
                .writeArticle("inside.md", TestCorpus.article("Inside", "Akratom and melatonins are not names of anything here."));

        Corpus read = reader.read(corpus.root());

        assertEquals(java.util.List.of("kratom", "melatonin"), find(read, "caps").substances().stream().sorted().toList());
        assertTrue(find(read, "inside").substances().isEmpty());
    }

    @Test
    void declaredSubstancesComeFirstThenDetectedOnes(@TempDir Path dir) {
        String text = "---\ntitle: T\nsummary: S.\ntopics: [supplements]\nsubstances: [melatonin]\nevidence: low\n---\n"
                + "Unlike melatonin, kratom carries a risk of dependence.\n";
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir).writeArticle("both.md", text);

        assertEquals(java.util.List.of("melatonin", "kratom"), find(reader.read(corpus.root()), "both").substances());
    }

    @Test
    void aFileWithoutFrontMatterIsReadAsNotYetReviewed(@TempDir Path dir) {
        TestCorpus corpus = TestCorpus.copyOf(TestCorpus.FIXTURE, dir).writeArticle("notes.txt",
                "Night shifts and kratom\n\nSome workers use kratom to stay awake. Nobody has reviewed this note. It has a third sentence.\n");

        Corpus read = reader.read(corpus.root());
        Article article = find(read, "notes");

        assertEquals("Night shifts and kratom", article.title());
        assertTrue(article.summary().startsWith("Some workers use kratom to stay awake."), article.summary());
        assertEquals(EvidenceGrade.UNRATED, article.evidence());
        assertNull(article.reviewed());
        assertEquals(java.util.List.of("kratom"), article.substances());
        assertTrue(read.problems().stream().anyMatch(p -> p.file().equals("articles/notes.txt")
                && p.severity() == Problem.Severity.WARNING && p.message().contains("not yet reviewed")));
    }

    @Test
    void headingsBecomeSectionsWithTheAnchorsThePageUses(@TempDir Path dir) {
        Article article = find(reader.read(TestCorpus.copyOf(TestCorpus.FIXTURE, dir).root()), "kratom-and-sleep");

        assertEquals(2, article.sections().size());
        assertNull(article.sections().get(0).heading());
        assertEquals(new Heading(2, "Risks", "risks"), article.sections().get(1).heading());
        assertTrue(article.sections().get(1).text().contains("Dependence and withdrawal"));
    }

    @Test
    void aMissingCorpusFolderIsOneClearProblem(@TempDir Path dir) {
        Corpus read = reader.read(dir.resolve("nowhere"));

        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).message().contains("is not a folder"));
    }
}

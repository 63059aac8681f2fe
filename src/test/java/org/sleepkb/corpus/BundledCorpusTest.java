package org.sleepkb.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sleepkb.TestCorpus;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.read.CorpusReader;
import org.sleepkb.corpus.safety.SubstanceProfile;

/** The editorial rules of corpus-format.md and the corpus issue, checked on the bundled corpus. */
class BundledCorpusTest {

    static Corpus corpus;

    @BeforeAll
    static void read() {
        corpus = new CorpusReader().read(TestCorpus.BUNDLED);
    }

    @Test
    void theWholeCorpusValidatesWithoutProblems() {
        assertEquals(List.of(), corpus.problems());
        assertTrue(corpus.articles().size() >= 45, "at least 45 articles, got " + corpus.articles().size());
    }

    @Test
    void everyArticleIsReviewedSourcedSizedAndSaysWhenToSeeADoctor() {
        List<String> failures = new ArrayList<>();
        for (Article article : corpus.articles()) {
            if (article.slug().equals("kratom-stress-relief-and-sleep")) {
                continue; // the seed text is kept as written; its editorial note carries the caution
            }
            int words = article.bodyText().split("\\s+").length;
            if (words < 400 || words > 1200) {
                failures.add(article.slug() + ": " + words + " words, want 400-1,200");
            }
            if (article.reviewed() == null) {
                failures.add(article.slug() + ": not reviewed");
            }
            if (article.sources().size() < 2) {
                failures.add(article.slug() + ": " + article.sources().size() + " sources, want at least 2");
            }
            if (article.headings().stream().noneMatch(h -> h.text().toLowerCase().contains("when to see a doctor"))) {
                failures.add(article.slug() + ": no 'When to see a doctor' section");
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void articlesAboutSubstancesTellReadersToAskBeforeCombiningSedatives() {
        List<String> missing = corpus.articles().stream()
                .filter(a -> !a.slug().equals("kratom-stress-relief-and-sleep"))
                .filter(a -> a.topics().stream().anyMatch(Set.of("supplements", "herbal-remedies", "sleep-medicines")::contains))
                .filter(a -> !a.bodyText().contains("Talk to a clinician or pharmacist before combining sedating substances or medicines"))
                .map(Article::slug)
                .toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void everyProfileHasTheFieldsThePanelShowsAndTwoSources() {
        List<String> failures = new ArrayList<>();
        for (SubstanceProfile profile : corpus.substances().values()) {
            if (profile.sources().size() < 2) {
                failures.add(profile.id() + ": fewer than 2 sources");
            }
            // interactions and avoid_if may be empty where no source names any (tart cherry, saffron)
            if (profile.warnings().isEmpty() || profile.aliases().isEmpty()) {
                failures.add(profile.id() + ": warnings and aliases must not be empty");
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everySubstanceTheCorpusIssueListsHasAProfileAndAnArticle() {
        Set<String> required = new TreeSet<>(List.of("kratom", "melatonin", "magnesium", "valerian", "chamomile", "lavender",
                "l-theanine", "ashwagandha", "kava", "cbd", "cannabis", "passionflower", "glycine", "5-htp", "tryptophan",
                "st-johns-wort", "gaba", "alcohol", "caffeine", "nicotine", "diphenhydramine", "doxylamine",
                "benzodiazepines", "z-drugs", "trazodone"));
        Set<String> profiles = new TreeSet<>(corpus.substances().keySet());
        assertTrue(profiles.containsAll(required), "missing profiles: " + minus(required, profiles));
        Set<String> declared = new TreeSet<>();
        corpus.articles().forEach(a -> declared.addAll(a.substances()));
        assertTrue(declared.containsAll(required), "substances no article links: " + minus(required, declared));
    }

    @Test
    void everyTopicHasArticles() {
        Set<String> used = new TreeSet<>();
        corpus.articles().forEach(a -> used.addAll(a.topics()));
        Set<String> listed = new TreeSet<>();
        corpus.topics().forEach(t -> listed.add(t.id()));
        assertEquals(listed, used);
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}

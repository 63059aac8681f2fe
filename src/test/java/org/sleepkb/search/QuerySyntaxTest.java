package org.sleepkb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepkb.search.embedded.Searcher;

/** Power-user syntax works, and nothing a person types makes a search fail. */
class QuerySyntaxTest {

    private final Searcher searcher = BundledCorpus.searcher();

    private List<String> slugs(String query, int limit) {
        return searcher.search(SearchRequest.of(query, limit)).hits().stream().map(Hit::slug).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", ")", "AND", "OR OR", "NOT", "title:", ":", "*", "?", "~", "^2", "[a TO", "{", "\\",
            "/sleep.*/", "a:b:c", "melatonin^", "melatonin~~", "\"unclosed phrase", "+-+-", "&&", "||", "!!", "kratom AND (",
            "topic:", "substance:\"", "evidence:[high TO", "caffeine) OR (", "\u0000\u0007sleep", "sleep\u200b hygiene"})
    void unreadableInputIsSearchedAsPlainWordsWithoutFailing(String query) {
        SearchResult result = searcher.search(SearchRequest.of(query, 5));
        assertTrue(result.total() >= 0);
        assertTrue(searcher.rank(query, 10).size() >= 0);
    }

    @Test
    void anOverlongQueryIsCutAndStillAnswered() {
        String query = "sleep ".repeat(5_000) + "melatonin";
        SearchResult result = searcher.search(SearchRequest.of(query, 5));
        assertTrue(result.query().length() <= SearchRequest.MAX_QUERY_LENGTH);
        assertTrue(result.total() > 0);
    }

    @Test
    void aQuestionMarkIsPunctuationNotAWildcard() {
        assertEquals(slugs("is kava safe", 3), slugs("is kava safe?", 3));
        assertEquals("kava", slugs("Is kava bad for your liver?", 1).get(0));
    }

    @Test
    void aColonNamesAFieldOnlyForTheFieldsPeopleMayName() {
        assertEquals(slugs("kratom facts", 5), slugs("Kratom: facts", 5));
        assertEquals(slugs("caffeine cola", 5), slugs("caffeine:cola", 5));
    }

    @Test
    void topicFilterKeepsOnlyArticlesOfThatTopic() {
        SearchResult result = searcher.search(SearchRequest.of("topic:sleep-medicines", 50));
        assertTrue(result.total() >= 3);
        assertTrue(result.hits().stream().allMatch(hit -> hit.topics().contains("sleep-medicines")));
    }

    @Test
    void fieldValuesIgnoreCase() {
        assertEquals(Set.copyOf(slugs("substance:kratom", 20)), Set.copyOf(slugs("substance:Kratom", 20)));
        assertTrue(slugs("substance:Kratom", 20).contains("kratom-what-is-known"));
        assertTrue(searcher.search(SearchRequest.of("+evidence:HIGH +sleep", 50)).hits().stream()
                .allMatch(hit -> hit.safety().evidence().id().equals("high")));
    }

    @Test
    void titleFieldSearchesOnlyTitles() {
        assertEquals(List.of("melatonin"), slugs("title:melatonin", 10));
    }

    @Test
    void aMinusExcludesArticlesWithTheWord() {
        List<String> all = slugs("kratom", 50);
        List<String> without = slugs("kratom -withdrawal", 50);
        assertFalse(without.isEmpty());
        assertTrue(without.size() < all.size());
        assertFalse(without.contains("kratom-what-is-known"), "that article speaks of withdrawal");
    }

    @Test
    void andRequiresEveryWordAndAPhraseRequiresTheWordsTogether() {
        SearchResult both = searcher.search(SearchRequest.of("kava AND liver", 50));
        assertTrue(both.hits().stream().anyMatch(hit -> hit.slug().equals("kava")));
        assertTrue(both.total() < searcher.search(SearchRequest.of("kava OR liver", 50)).total());
        SearchResult phrase = searcher.search(SearchRequest.of("\"sleep hygiene\"", 50));
        assertTrue(phrase.total() < searcher.search(SearchRequest.of("sleep OR hygiene", 50)).total());
        assertEquals("sleep-hygiene", phrase.hits().get(0).slug());
    }
}

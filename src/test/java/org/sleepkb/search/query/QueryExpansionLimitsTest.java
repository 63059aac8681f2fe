package org.sleepkb.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.junit.jupiter.api.Test;
import org.sleepkb.index.Analyzers;
import org.sleepkb.search.BundledCorpus;
import org.sleepkb.search.QueryTooComplexException;
import org.sleepkb.search.SearchRequest;

/**
 * No query shape can blow up by design: the expensive multi-term queries (wildcard, prefix,
 * fuzzy, range) are capped per query, regexes and leading wildcards are never built, fuzzy edits
 * stay at two, and a query with more clauses than Lucene combines is refused with a message.
 */
class QueryExpansionLimitsTest {

    private final QueryFactory queries = new QueryFactory(Analyzers.forQueries(""));

    @Test
    void upToTheBudgetWildcardWordsExpand() {
        assertEquals(2, QueryFactory.MAX_EXPANDING_WORDS);
        List<MultiTermQuery> expanding = expanding("slee* melatonin~1");
        assertEquals(2 * QueryFactory.FIELD_BOOSTS.size(), expanding.size(), "each word in each field");
    }

    @Test
    void pastTheBudgetEveryWildcardIsAPlainCharacter() {
        String words = IntStream.range(0, QueryFactory.MAX_EXPANDING_WORDS + 1)
                .mapToObj(i -> Character.toString('a' + i) + "*").collect(Collectors.joining(" "));
        assertEquals(List.of(), expanding(words));
        assertEquals(List.of(), expanding("a~2 b~2 c~2"));
        assertEquals(List.of(), expanding("[a TO b] [c TO d] [e TO f]"));
        assertEquals(List.of(), expanding("slee* stres~1 [a TO b]"), "the budget is shared by all kinds");
        assertEquals(List.of(), expanding("a~2 a~2 a~2"), "a repeated word is expanded again, so it counts again");
    }

    @Test
    void fieldedWordsCountOnceEach() {
        assertEquals(2, expanding("title:slee* title:stres*").size());
        assertEquals(List.of(), expanding("title:slee* title:stres* title:nigh*"));
    }

    @Test
    void aWordWithManyWildcardsIsLiteral() {
        assertEquals(List.of(), expanding("s*e*e*p*"));
        assertTrue(expanding("s*e*p").stream().allMatch(q -> q instanceof WildcardQuery));
    }

    @Test
    void leadingWildcardsAndRegexesAreNeverBuilt() {
        for (String text : List.of("*leep", "?leep", "/.*/", "/(a+)+$/", "title:/.*/", "*:*")) {
            assertTrue(expanding(text).stream().noneMatch(q -> q instanceof RegexpQuery || q instanceof AutomatonQuery && !(q instanceof WildcardQuery)), text);
            assertTrue(expanding(text).stream().noneMatch(q -> q instanceof WildcardQuery && ((WildcardQuery) q).getTerm().text().startsWith("*")), text);
        }
    }

    @Test
    void fuzzyEditDistancesAreCappedAtTwo() {
        List<MultiTermQuery> fuzzy = expanding("melatonin~999999");
        assertEquals(QueryFactory.FIELD_BOOSTS.size(), fuzzy.size());
        assertTrue(fuzzy.stream().allMatch(q -> ((FuzzyQuery) q).getMaxEdits() <= FuzzyQuery.defaultMaxEdits));
    }

    @Test
    void rangesCountAgainstTheBudget() {
        assertTrue(expanding("[a TO z]").stream().allMatch(q -> q instanceof TermRangeQuery));
        assertEquals(List.of(), expanding("[a TO z] [b TO y] melatonin~1"));
    }

    @Test
    void aQueryWithMoreDistinctWordsThanLuceneCombinesIsRefusedWithAMessage() {
        String words = IntStream.range(0, 300).mapToObj(i -> Character.toString(0x4E00 + i)).collect(Collectors.joining());
        QueryTooComplexException refused = assertThrows(QueryTooComplexException.class,
                () -> BundledCorpus.searcher().search(SearchRequest.of(words)));
        assertTrue(refused.getMessage().contains("too many words"));
    }

    private List<MultiTermQuery> expanding(String text) {
        Query query = queries.parse(text).query();
        List<MultiTermQuery> found = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof MultiTermQuery multi) {
                    found.add(multi);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found;
    }
}

package org.sleepkb.search.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sleepkb.index.Analyzers;

/**
 * Every weighted text field gets the whole of what a word means: its synonyms, single and
 * multi-word, and the words beside it, though the text is analysed once for all of them.
 */
class QueryFieldsTest {

    private final QueryFactory queries = new QueryFactory(Analyzers.forQueries(
            "racing thoughts, mind racing, can't switch off, rumination\nsleep hormone => melatonin"));

    @Test
    void eachTextFieldGetsTheSynonymsAndTheOtherWords() {
        String plain = queries.parse("can't switch off at night").query().toString();
        String fielded = queries.parse("sleep hormone title:night").query().toString();
        for (String field : QueryFactory.FIELD_BOOSTS.keySet()) {
            assertTrue(plain.contains(field + ":rumin"), () -> field + " lacks the one-word synonym: " + plain);
            assertTrue(plain.contains(field + ":\"race thought\""), () -> field + " lacks the phrase synonym: " + plain);
            assertTrue(plain.contains(field + ":night"), () -> field + " lacks the other word: " + plain);
            assertTrue(fielded.contains(field + ":melatonin"), () -> field + " lacks the replaced synonym: " + fielded);
        }
        assertTrue(fielded.contains("title:night"), fielded);
        assertFalse(fielded.contains("body:night"), () -> "a word named for the title stays in the title: " + fielded);
    }
}

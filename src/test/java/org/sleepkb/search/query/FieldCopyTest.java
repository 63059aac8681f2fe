package org.sleepkb.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.junit.jupiter.api.Test;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.Schema;

/**
 * The query a text makes for one weighted field, copied to the others, is exactly what Lucene's
 * parser builds for each field on its own (then flattened, {@link Disjunctions}), for every word and
 * phrase of the corpus's synonym rules.
 */
class FieldCopyTest {

    @Test
    void parsingCopiesGiveTheQueryTheParserBuildsForEachField() throws IOException, ParseException {
        Analyzer analyzer = Analyzers.forQueries(Files.readString(Path.of("corpus", "synonyms.txt")));
        QueryFactory queries = new QueryFactory(analyzer);
        List<String> texts = new ArrayList<>(List.of("title:melatonin sleep", "melatonin -alcohol",
                "(jet lag) OR insomnia", "\"sleep hormone\"~2 shift work", "sleep^2 stress", "melat* for sleep",
                "\"can't sleep\" at night", "\"waking up at night\""));
        for (String line : Files.readAllLines(Path.of("corpus", "synonyms.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.replace("=>", ",").split(",");
            for (int i = 0; i < words.length; i++) {
                String word = words[i].strip();
                texts.add(word);
                texts.add('"' + word + '"');
                texts.add(word + " and " + words[(i + 1) % words.length].strip() + " for kids");
            }
        }
        for (String text : texts) {
            String cleaned = QueryFactory.neutralise(text);
            assertEquals(Disjunctions.flattened(asLuceneParsesIt(analyzer, cleaned)), queries.parse(text).query(), text);
        }
    }

    @Test
    void aSynonymQueryWithBoostsIsNotCopied() {
        SynonymQuery boosted = new SynonymQuery.Builder(Schema.BODY)
                .addTerm(new Term(Schema.BODY, "insomnia"))
                .addTerm(new Term(Schema.BODY, "sleepless"), 0.5f)
                .build();
        assertNull(FieldCopy.of(boosted, Schema.TITLE), "the copy could not know the boost of each synonym");
    }

    /** The query parser as QueryFactory configures it, asked for every field afresh. */
    private static Query asLuceneParsesIt(Analyzer analyzer, String text) throws ParseException {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                QueryFactory.FIELD_BOOSTS.keySet().toArray(String[]::new), analyzer, QueryFactory.FIELD_BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(false);
        parser.setAutoGeneratePhraseQueries(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return parser.parse(text);
    }
}

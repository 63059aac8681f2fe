package org.sleepkb.search.rank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.sleepkb.index.Schema;

/**
 * Puts named articles at the head of a ranking, as a crisis search lists the articles about
 * getting help before whatever its words match. An article the index does not hold is skipped.
 */
public final class FirstArticles {

    private FirstArticles() {
    }

    /**
     * The articles {@code slugs}, in that order, then {@code ranked} without them, at most {@code depth}.
     * The articles put first take the best score of the ranking, so that scores still fall down the list.
     */
    public static ScoreDoc[] before(IndexSearcher searcher, List<String> slugs, ScoreDoc[] ranked, int depth) throws IOException {
        if (slugs.isEmpty()) {
            return ranked;
        }
        float best = ranked.length == 0 ? 0f : Arrays.stream(ranked).map(doc -> doc.score).max(Float::compare).orElse(0f);
        Set<Integer> first = new LinkedHashSet<>();
        for (String slug : slugs) {
            TopDocs found = searcher.search(new TermQuery(new Term(Schema.SLUG, slug)), 1);
            if (found.scoreDocs.length > 0) {
                first.add(found.scoreDocs[0].doc);
            }
        }
        List<ScoreDoc> docs = new ArrayList<>();
        first.forEach(doc -> docs.add(new ScoreDoc(doc, best)));
        for (ScoreDoc doc : ranked) {
            if (!first.contains(doc.doc)) {
                docs.add(doc);
            }
        }
        return docs.subList(0, Math.min(depth, docs.size())).toArray(ScoreDoc[]::new);
    }
}

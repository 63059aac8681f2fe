package org.sleepkb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.index.Schema;

/**
 * Finds articles like a given one: MoreLikeThis over its title and body, blended with the
 * topics and substances it shares. Never the article itself; equal scores in slug order.
 */
final class RelatedArticles {

    private static final float SHARED_TOPIC_BOOST = 1.5f;
    private static final float SHARED_SUBSTANCE_BOOST = 1.0f;
    private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(Schema.SLUG, SortField.Type.STRING));

    private RelatedArticles() {
    }

    static List<ScoreDoc> find(IndexSearcher searcher, int docId, IndexedArticle article, int limit) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(Analyzers.forIndexing());
        mlt.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
        mlt.setMinTermFreq(2);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(30);
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(mlt.like(docId), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Schema.SLUG, article.article().slug())), BooleanClause.Occur.MUST_NOT);
        for (String topic : article.article().topics()) {
            query.add(boosted(Schema.TOPIC, topic, SHARED_TOPIC_BOOST), BooleanClause.Occur.SHOULD);
        }
        for (String substance : article.article().substances()) {
            query.add(boosted(Schema.SUBSTANCE, substance, SHARED_SUBSTANCE_BOOST), BooleanClause.Occur.SHOULD);
        }
        TopDocs top = searcher.search(query.build(), limit, RANKING, true);
        return new ArrayList<>(List.of(top.scoreDocs));
    }

    private static Query boosted(String field, String value, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, value)), boost);
    }
}

package org.sleepkb.search.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.ArticleDocument;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.index.Schema;
import org.sleepkb.search.RelatedBlend;
import org.sleepkb.search.rank.ArticleVectors;
import org.sleepkb.search.rank.PassageMap;

/**
 * Finds articles like a given one. Two signals are blended on one scale: how alike the texts are
 * (MoreLikeThis over title and body, relative to the most alike article) and which topics and
 * substances they share (each a share of the article's own). Never the article itself; equal
 * scores in slug order, so the list is the same every time. A {@link RelatedBlend} may add how
 * near the articles are in the sentence model's vector space ({@link ArticleVectors}).
 */
public final class RelatedArticles {

    private static final float TEXT_WEIGHT = 1.0f;
    private static final float TOPICS_WEIGHT = 0.6f;
    private static final float SUBSTANCES_WEIGHT = 0.4f;
    /** Candidates read from each signal before blending; far more than a page shows. */
    private static final int CANDIDATES = 100;

    private RelatedArticles() {
    }

    /** The best {@code limit} articles like {@code slug}'s, best first; none for an unknown slug. */
    public static List<ScoreDoc> find(IndexSearcher searcher, PassageMap passages, String slug, int limit, RelatedBlend blend)
            throws IOException {
        TopDocs self = searcher.search(new TermQuery(new Term(Schema.SLUG, slug)), 1);
        if (self.scoreDocs.length == 0) {
            return List.of();
        }
        int docId = self.scoreDocs[0].doc;
        IndexedArticle article = ArticleDocument.fromStored(searcher.storedFields().document(docId));
        return find(searcher, passages, docId, article, limit, blend);
    }

    private static List<ScoreDoc> find(IndexSearcher searcher, PassageMap passages, int docId, IndexedArticle article, int limit,
                               RelatedBlend blend) throws IOException {
        String slug = article.article().slug();
        Query self = new TermQuery(new Term(Schema.SLUG, slug));
        Map<Integer, Float> lexical = new HashMap<>();
        ScoreDoc[] alike = searcher.search(excluding(textLike(searcher, docId), self), CANDIDATES).scoreDocs;
        float best = alike.length == 0 ? 1 : alike[0].score;
        for (ScoreDoc doc : alike) {
            lexical.merge(doc.doc, TEXT_WEIGHT * doc.score / best, Float::sum);
        }
        Query shared = shared(article);
        for (ScoreDoc doc : searcher.search(excluding(shared, self), CANDIDATES).scoreDocs) {
            lexical.merge(doc.doc, doc.score, Float::sum);
        }
        Map<Integer, Float> similar = blend.vectorWeight() == 0 || passages.isEmpty() ? Map.of()
                : ArticleVectors.nearest(searcher, passages, slug, lexical.keySet(), CANDIDATES);
        Map<Integer, Float> blended = new HashMap<>();
        lexical.forEach((doc, score) -> blended.put(doc, blend.score(score, similar.getOrDefault(doc, 0f))));
        similar.forEach((doc, similarity) -> blended.putIfAbsent(doc, blend.score(0, similarity)));
        List<ScoreDoc> ranked = new ArrayList<>();
        blended.forEach((doc, score) -> ranked.add(new ScoreDoc(doc, score)));
        ranked.sort(Comparator.comparing((ScoreDoc d) -> d.score).reversed().thenComparing(d -> passages.slugOf(d.doc)));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private static Query textLike(IndexSearcher searcher, int docId) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(Analyzers.forIndexing());
        mlt.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
        mlt.setMinTermFreq(2);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(30);
        return mlt.like(docId);
    }

    /** Scores exactly the shared share: each shared topic adds its part of {@link #TOPICS_WEIGHT}, likewise substances. */
    private static Query shared(IndexedArticle article) {
        BooleanQuery.Builder shared = new BooleanQuery.Builder();
        List<String> topics = article.article().topics();
        List<String> substances = article.article().substances();
        topics.forEach(t -> shared.add(constant(Schema.TOPIC, t, TOPICS_WEIGHT / topics.size()), BooleanClause.Occur.SHOULD));
        substances.forEach(s -> shared.add(constant(Schema.SUBSTANCE, s, SUBSTANCES_WEIGHT / substances.size()), BooleanClause.Occur.SHOULD));
        return topics.isEmpty() && substances.isEmpty() ? new MatchNoDocsQuery("nothing to share") : shared.build();
    }

    private static Query constant(String field, String value, float score) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), score);
    }

    private static Query excluding(Query query, Query self) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.SHOULD)
                .add(self, BooleanClause.Occur.MUST_NOT)
                .build();
    }
}

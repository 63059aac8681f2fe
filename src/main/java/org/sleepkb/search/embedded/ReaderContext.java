package org.sleepkb.search.embedded;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.ArticlesOnlyReader;
import org.sleepkb.index.Catalog;
import org.sleepkb.index.Schema;
import org.sleepkb.search.facet.FacetCounter;
import org.sleepkb.search.query.QueryFactory;
import org.sleepkb.search.query.QueryNames;
import org.sleepkb.search.query.Respeller;
import org.sleepkb.search.query.Suggester;
import org.sleepkb.search.rank.PassageMap;

/**
 * What searching one index reader needs and is costly to build: the facet values of every article, the query
 * analyzer with the synonyms of that commit, and its catalog. Rebuilt only when the reader changes.
 */
final class ReaderContext {

    /** Lucene's BM25 defaults: on NFCorpus dev, k1 0.9-1.5 and b 0.4-0.9 moved nDCG@10 by under 0.005. */
    private static final Similarity RANKING = new BM25Similarity(1.2f, 0.75f);

    final IndexReader reader;
    /** Searches {@link #reader} with the product's ranking function. */
    final IndexSearcher searcher;
    /** Null when the index holds no article. */
    final FacetCounter facets;
    final QueryFactory queries;
    final Respeller respeller;
    final Catalog catalog;
    /** The substances and products of {@link #catalog}, to find those a query names. */
    final QueryNames names;
    private volatile Suggester suggester;
    private volatile PassageMap passageMap;

    private ReaderContext(IndexReader reader, FacetCounter facets, Analyzer queryAnalyzer,
                          Catalog catalog) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(RANKING);
        this.facets = facets;
        this.queries = new QueryFactory(queryAnalyzer);
        this.respeller = new Respeller(reader, queryAnalyzer);
        this.catalog = catalog;
        this.names = new QueryNames(catalog);
    }

    /** Built on first use: only autocomplete needs it, and it reads every title. */
    Suggester suggester() throws IOException {
        Suggester built = suggester;
        if (built == null) {
            built = Suggester.of(reader, catalog);
            suggester = built;
        }
        return built;
    }

    /** Built on first use (related articles and search by meaning need it), as it reads every slug. */
    PassageMap passageMap() throws IOException {
        PassageMap built = passageMap;
        if (built == null) {
            built = PassageMap.of(ArticlesOnlyReader.withPassages(reader));
            passageMap = built;
        }
        return built;
    }

    static ReaderContext of(IndexReader reader) throws IOException {
        Map<String, String> data = ((DirectoryReader) reader).getIndexCommit().getUserData();
        FacetCounter facets = reader.numDocs() == 0 ? null : FacetCounter.of(reader);
        Analyzer queryAnalyzer;
        try {
            queryAnalyzer = Analyzers.forQueries(data.getOrDefault(Schema.COMMIT_SYNONYMS, ""));
        } catch (IllegalArgumentException e) {
            // The reindex refuses broken synonyms, so this only happens to an index from elsewhere.
            queryAnalyzer = Analyzers.forQueries("");
        }
        return new ReaderContext(reader, facets, queryAnalyzer, Catalog.fromJson(data.get(Schema.COMMIT_CATALOG)));
    }
}

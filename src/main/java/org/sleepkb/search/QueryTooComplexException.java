package org.sleepkb.search;

/**
 * A query with more words, synonyms and fields than one search may combine. Lucene refuses such
 * a query rather than run it slowly; callers answer it as a bad request ("shorten the query"),
 * never as a failure of the service.
 */
public final class QueryTooComplexException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public QueryTooComplexException(Throwable cause) {
        super("the query has too many words to search at once; shorten it", cause);
    }
}

package org.sleepkb.search.solr;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Where the SolrCloud engine finds its cluster and how it lays out the collections it creates.
 *
 * @param urls     base URLs of Solr nodes ({@code http://host:8983/solr}); any live one answers, the others stand by
 * @param alias    the collection alias searches read; each full reindex creates {@code alias_<time>} behind it
 * @param shards   shards of a new collection
 * @param replicas replicas of each shard (two or more keep search up when a node stops)
 * @param clock    what "today" is, for review dates, and names of new collections
 */
public record SolrOptions(List<String> urls, String alias, int shards, int replicas, Clock clock) {

    public static final String URLS_ENV = "SLEEPKB_SOLR_URLS";
    public static final String DEFAULT_ALIAS = "sleepkb";

    public SolrOptions {
        urls = urls.stream().map(u -> u.strip().replaceAll("/+$", "")).filter(u -> !u.isEmpty()).toList();
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no Solr URL: give --solr-url URL[,URL...] or set " + URLS_ENV);
        }
        if (!alias.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("collection alias '" + alias + "': letters, digits, '_' and '-' only");
        }
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("shards and replicas must be at least 1");
        }
    }

    /** {@code urls} as typed: comma-separated. */
    public static SolrOptions of(String urls, String alias) {
        return new SolrOptions(Arrays.asList(urls.split(",")), alias, 1, 1, Clock.systemDefaultZone());
    }

    public SolrOptions withLayout(int shards, int replicas) {
        return new SolrOptions(urls, alias, shards, replicas, clock);
    }

    public SolrOptions withClock(Clock clock) {
        return new SolrOptions(urls, alias, shards, replicas, clock);
    }
}

package org.sleepkb.cli;

import java.util.Optional;
import org.sleepkb.search.solr.SolrOptions;
import picocli.CommandLine.Option;

/**
 * Which engine a command searches with: the embedded Lucene index (default) or a SolrCloud cluster, named by
 * {@code --solr-url} or {@code SLEEPKB_SOLR_URLS} and read through a collection alias.
 */
public final class EngineChoice {

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "embedded",
            description = "embedded (a Lucene index in this process, default) or solr (a SolrCloud cluster)")
    private String engine;

    @Option(names = "--solr-url", paramLabel = "URL[,URL...]",
            description = "Solr nodes for --engine solr, e.g. http://127.0.0.1:8983/solr (default: $" + SolrOptions.URLS_ENV + ")")
    private String solrUrls;

    @Option(names = "--solr-alias", paramLabel = "NAME", defaultValue = SolrOptions.DEFAULT_ALIAS,
            description = "collection alias for --engine solr (default: ${DEFAULT-VALUE})")
    private String alias;

    @Option(names = "--solr-shards", paramLabel = "N", defaultValue = "1",
            description = "shards of the collection a full reindex creates with --engine solr (default: ${DEFAULT-VALUE})")
    private int shards;

    @Option(names = "--solr-replicas", paramLabel = "N", defaultValue = "1",
            description = "replicas of each shard with --engine solr; 2 or more keep search up when a node stops (default: ${DEFAULT-VALUE})")
    private int replicas;

    /** The SolrCloud to use, or empty for the embedded engine. */
    public Optional<SolrOptions> solr() {
        return switch (engine) {
            case "embedded" -> Optional.empty();
            case "solr" -> {
                String urls = solrUrls != null ? solrUrls : System.getenv(SolrOptions.URLS_ENV);
                yield Optional.of(SolrOptions.of(urls == null ? "" : urls, alias).withLayout(shards, replicas));
            }
            default -> throw new IllegalArgumentException("--engine must be embedded or solr, not '" + engine + "'");
        };
    }
}

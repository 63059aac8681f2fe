/**
 * The SolrCloud engine: the same {@link org.sleepkb.search.SearchEngine} answered by a SolrCloud cluster through
 * SolrJ's JDK HTTP client (no Jetty of Solr's in this process). Each full reindex writes its own configset and
 * collection and then moves the alias to it (docs/scale-out.md).
 */
package org.sleepkb.search.solr;

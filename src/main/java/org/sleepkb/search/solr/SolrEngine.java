package org.sleepkb.search.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.read.Corpus;
import org.sleepkb.corpus.Problem;
import org.sleepkb.corpus.safety.SubstanceProfile;
import org.sleepkb.corpus.Topic;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.Catalog;
import org.sleepkb.index.CorpusSource;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.index.MassRemovalException;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.index.Schema;
import org.sleepkb.search.CacheStatistics;
import org.sleepkb.search.EngineStatus;
import org.sleepkb.search.FacetCount;
import org.sleepkb.search.Hit;
import org.sleepkb.search.safety.HitSafety;
import org.sleepkb.search.RankedArticle;
import org.sleepkb.search.RelatedBlend;
import org.sleepkb.search.safety.Safety;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;
import org.sleepkb.search.Suggestion;
import org.sleepkb.search.TopicCount;
import org.sleepkb.search.crisis.Crisis;
import org.sleepkb.search.crisis.CrisisClassifier;
import org.sleepkb.search.facet.Facets;
import org.sleepkb.search.query.QueryNames;
import org.sleepkb.search.snippet.SnippetFormatter;

/**
 * The engine over a SolrCloud collection alias. Searches are edismax over the fields of the embedded engine with its
 * weights, facets count with the dimension's own filter excluded (tags), and the unified highlighter cuts snippets.
 * A reindex builds a new collection with its own configset, checks it holds every article, and then moves the alias
 * to it in one step; the collection before stays for {@link #rollback()}, older ones are deleted.
 */
public final class SolrEngine implements SearchEngine {

    /** The embedded engine's field weights ({@code search.query.QueryFactory}). */
    private static final String FIELDS = Schema.TITLE + "^1.5 " + Schema.SUBSTANCE_NAMES + "^2 " + Schema.HEADINGS + "^1.25 "
            + Schema.SUMMARY + "^1.25 " + Schema.TOPIC_NAMES + "^1.25 " + Schema.BODY;
    /** Fields a query may name, as in the embedded engine ({@code topic:insomnia}). */
    private static final String NAMEABLE = String.join(" ", Schema.TITLE, Schema.TOPIC, Schema.SUBSTANCE, Schema.EVIDENCE, Schema.RISK);
    private static final DateTimeFormatter COLLECTION_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);
    private static final int BATCH = 500;
    private static final int ALL = 1_000_000;

    private final SolrNodes nodes;
    private final SolrOptions options;
    private final CrisisClassifier crises = CrisisClassifier.bundled();
    private final ReentrantLock reindexing = new ReentrantLock();
    private final AtomicLong searches = new AtomicLong();
    private volatile Optional<ReindexSummary> lastReindex = Optional.empty();
    private volatile String lastError;

    private SolrEngine(SolrOptions options) {
        this.options = options;
        this.nodes = new SolrNodes(options.urls());
    }

    public static SearchEngine open(SolrOptions options) {
        return new SolrEngine(options);
    }

    /** The engine with what only it can do: {@link #rollback()}, the alias's collections. */
    public static SolrEngine connect(SolrOptions options) {
        return new SolrEngine(options);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        Crisis crisis = crises.classify(request.query()).orElse(null);
        SolrQuery query = words(request.query());
        query.setStart((request.page() - 1) * request.pageSize());
        query.setRows(request.pageSize());
        query.setFields(SolrDocuments.ID, Schema.STORED, "score");
        for (String dimension : Facets.DIMENSIONS) {
            Set<String> selected = request.selected(dimension);
            if (!selected.isEmpty()) {
                query.addFilterQuery("{!terms tag=" + dimension + " f=" + dimension + "}" + String.join(",", selected));
            }
            query.addFacetField("{!ex=" + dimension + "}" + dimension);
        }
        query.setFacetMinCount(1);
        query.setFacetLimit(-1);
        query.setHighlight(true);
        query.set("hl.method", "unified");
        query.set("hl.fl", Schema.BODY);
        query.set("hl.snippets", 1);
        query.set("hl.fragsize", 220);
        query.set("hl.encoder", "html");
        query.set("hl.defaultSummary", true);
        query.set("hl.tag.pre", "<mark>");
        query.set("hl.tag.post", "</mark>");
        if (crisis != null && !request.hasFilters()) {
            // The articles that help in a crisis come first, whatever the words match, as in the embedded engine.
            query.set("elevateIds", String.join(",", crisis.kind().articles()));
            query.set("forceElevation", true);
        }
        QueryResponse response = query(query);
        LocalDate today = LocalDate.now(options.clock());
        Map<String, Map<String, List<String>>> highlights = response.getHighlighting() == null ? Map.of() : response.getHighlighting();
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            List<String> snippets = highlights.getOrDefault((String) doc.getFirstValue(SolrDocuments.ID), Map.of())
                    .getOrDefault(Schema.BODY, List.of());
            hits.add(hit(doc, snippets.isEmpty() ? null : snippets.get(0), today));
        }
        Catalog catalog = catalog();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : Facets.DIMENSIONS) {
            facets.put(dimension, counts(dimension, response.getFacetField(dimension), request.selected(dimension), catalog));
        }
        // What the query names is read from the catalog with the embedded engine's own code; it needs no index.
        QueryNames.Named named = request.query().isBlank() ? QueryNames.Named.NONE
                : new QueryNames(catalog).in(List.of(request.query()));
        searches.incrementAndGet();
        // No relevance cut on Solr yet: every match is listed, none folded (docs/scale-out.md).
        return new SearchResult(request.query(), response.getResults().getNumFound(), hits, facets, null, null,
                request.page(), request.pageSize(), 0L, crisis, named.about(), named.combinations(),
                (System.nanoTime() - start) / 1_000_000.0);
    }

    /** Articles matching {@code text} by the engine's fields and weights, or every article in title order. */
    private static SolrQuery words(String text) {
        SolrQuery query = new SolrQuery();
        query.addFilterQuery(SolrDocuments.KIND + ":" + SolrDocuments.ARTICLE);
        if (text.isBlank()) {
            query.setQuery("*:*");
            query.addSort(SolrDocuments.TITLE_KEY, SolrQuery.ORDER.asc);
            return query;
        }
        query.setQuery(text);
        query.set("defType", "edismax");
        query.set("qf", FIELDS);
        query.set("uf", NAMEABLE);
        // Whole query to the analyzer, so multi-word synonyms ("can't sleep") match as they do embedded.
        query.set("sow", false);
        query.set("q.op", "OR");
        query.set("pf", Schema.BODY);
        query.set("ps", 3);
        return query;
    }

    private static List<FacetCount> counts(String dimension, FacetField field, Set<String> selected, Catalog catalog) {
        UnaryOperator<String> label = Facets.labeller(dimension, catalog);
        Map<String, FacetCount> counts = new LinkedHashMap<>();
        if (field != null && field.getValues() != null) {
            for (FacetField.Count count : field.getValues()) {
                counts.put(count.getName(), new FacetCount(count.getName(), label.apply(count.getName()),
                        count.getCount(), selected.contains(count.getName())));
            }
        }
        for (String value : selected) {
            counts.putIfAbsent(value, new FacetCount(value, label.apply(value), 0, true));
        }
        return List.copyOf(counts.values());
    }

    private Hit hit(SolrDocument doc, String snippet, LocalDate today) {
        IndexedArticle indexed = SolrDocuments.article(doc);
        Article article = indexed.article();
        Object score = doc.getFirstValue("score");
        String shown = snippet != null ? snippet : escape(article.summary());
        return new Hit(article.slug(), article.title(), article.summary(), shown,
                score instanceof Number n ? n.floatValue() : 0f, article.topics(), article.substances(),
                sectionOf(article, shown), true, HitSafety.of(Safety.of(indexed, today)));
    }

    /** The heading under which the snippet's text stands, or null for the introduction. */
    private static org.sleepkb.search.Section sectionOf(Article article, String snippet) {
        String plain = snippet.replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").strip();
        String probe = plain.substring(0, Math.min(40, plain.length()));
        for (org.sleepkb.corpus.Section section : article.sections()) {
            if (!probe.isEmpty() && section.text().contains(probe)) {
                return section.heading() == null ? null
                        : new org.sleepkb.search.Section(section.heading().anchor(), section.heading().text());
            }
        }
        return null;
    }

    /** {@code text} as snippet HTML, escaped as the embedded engine escapes it. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        SnippetFormatter.escape(text, 0, text.length(), out);
        return out.toString();
    }

    @Override
    public List<RankedArticle> rank(String text, int limit) {
        SolrQuery query = words(text);
        query.setRows(limit);
        query.setFields(SolrDocuments.ID, "score");
        List<RankedArticle> ranked = new ArrayList<>();
        for (SolrDocument doc : query(query).getResults()) {
            Object score = doc.getFirstValue("score");
            ranked.add(new RankedArticle((String) doc.getFirstValue(SolrDocuments.ID), score instanceof Number n ? n.floatValue() : 0f));
        }
        return ranked;
    }

    /** Solr's MoreLikeThis over title and body: shared words only (no topic, substance or meaning signals). */
    @Override
    public List<Hit> related(String slug, int limit) {
        if (article(slug).isEmpty()) {
            return List.of();
        }
        SolrQuery query = new SolrQuery("{!mlt qf=" + Schema.TITLE + "," + Schema.BODY + " mintf=1 mindf=1}" + slug);
        query.addFilterQuery(SolrDocuments.KIND + ":" + SolrDocuments.ARTICLE);
        query.addFilterQuery("-{!term f=" + SolrDocuments.ID + "}" + slug);
        query.setRows(limit);
        query.setFields(SolrDocuments.ID, Schema.STORED, "score");
        LocalDate today = LocalDate.now(options.clock());
        return query(query).getResults().stream()
                .map(doc -> hit(doc, escape(SolrDocuments.article(doc).article().summary()), today)).toList();
    }

    /** The blend weighs signals this engine does not have; MoreLikeThis answers whatever the blend. */
    @Override
    public List<Hit> related(String slug, int limit, RelatedBlend blend) {
        return related(slug, limit);
    }

    /** Topics and substances whose name or an alias begins with the prefix, then articles whose title does. */
    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        String typed = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty() || limit <= 0) {
            return List.of();
        }
        Catalog catalog = catalog();
        List<Suggestion> found = new ArrayList<>();
        for (Topic topic : catalog.topics()) {
            if (topic.name().toLowerCase(Locale.ROOT).startsWith(typed)) {
                found.add(new Suggestion(topic.name(), "topic", topic.id()));
            }
        }
        for (SubstanceProfile substance : catalog.substances()) {
            boolean named = substance.name().toLowerCase(Locale.ROOT).startsWith(typed)
                    || substance.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).startsWith(typed));
            if (named) {
                found.add(new Suggestion(substance.name(), "substance", substance.id()));
            }
        }
        SolrQuery query = new SolrQuery("{!prefix f=" + SolrDocuments.TITLE_KEY + " v=$typed}");
        query.set("typed", typed);
        query.addFilterQuery(SolrDocuments.KIND + ":" + SolrDocuments.ARTICLE);
        query.addSort(SolrDocuments.TITLE_KEY, SolrQuery.ORDER.asc);
        query.setRows(limit);
        query.setFields(SolrDocuments.ID, Schema.TITLE);
        for (SolrDocument doc : query(query).getResults()) {
            found.add(new Suggestion((String) doc.getFirstValue(Schema.TITLE), "article", (String) doc.getFirstValue(SolrDocuments.ID)));
        }
        return found.subList(0, Math.min(limit, found.size()));
    }

    @Override
    public List<TopicCount> topics() {
        SolrQuery query = new SolrQuery("*:*");
        query.addFilterQuery(SolrDocuments.KIND + ":" + SolrDocuments.ARTICLE);
        query.setRows(0);
        query.addFacetField(Schema.TOPIC);
        query.setFacetLimit(-1);
        FacetField field = query(query).getFacetField(Schema.TOPIC);
        Map<String, Long> counts = new HashMap<>();
        if (field != null && field.getValues() != null) {
            field.getValues().forEach(c -> counts.put(c.getName(), c.getCount()));
        }
        return catalog().topics().stream().map(t -> new TopicCount(t, counts.getOrDefault(t.id(), 0L))).toList();
    }

    @Override
    public Catalog catalog() {
        return meta().catalog();
    }

    @Override
    public Optional<IndexedArticle> article(String slug) {
        if (aliasTarget().isEmpty()) {
            return Optional.empty();
        }
        SolrQuery query = new SolrQuery("{!term f=" + SolrDocuments.ID + " v=$slug}");
        query.set("slug", slug);
        query.addFilterQuery(SolrDocuments.KIND + ":" + SolrDocuments.ARTICLE);
        query.setFields(Schema.STORED);
        return query(query).getResults().stream().findFirst().map(SolrDocuments::article);
    }

    private SolrIndexMeta meta() {
        if (aliasTarget().isEmpty()) {
            return SolrIndexMeta.NONE;
        }
        SolrQuery query = new SolrQuery("{!term f=" + SolrDocuments.ID + "}" + SolrDocuments.META_ID);
        query.setFields(SolrDocuments.ID, Schema.STORED);
        return query(query).getResults().stream().findFirst().map(SolrDocuments::meta).orElse(SolrIndexMeta.NONE);
    }

    /**
     * Builds a new collection from {@code corpus} and moves the alias to it: a collection is complete before anyone
     * reads it. An incremental reindex ({@code full} false) that finds nothing changed leaves the alias as it is.
     */
    @Override
    public ReindexSummary reindex(Corpus corpus, boolean full) throws IOException {
        reindexing.lock();
        try {
            return rebuild(corpus, full, false);
        } finally {
            reindexing.unlock();
        }
    }

    @Override
    public ReindexSummary reindex(CorpusSource source, boolean full, boolean allowMassRemoval) throws IOException {
        reindexing.lock();
        try {
            return rebuild(source.read(), full, allowMassRemoval);
        } finally {
            reindexing.unlock();
        }
    }

    @Override
    public Optional<ReindexSummary> tryReindex(CorpusSource source, boolean full, boolean allowMassRemoval) throws IOException {
        if (!reindexing.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(rebuild(source.read(), full, allowMassRemoval));
        } finally {
            reindexing.unlock();
        }
    }

    private ReindexSummary rebuild(Corpus corpus, boolean full, boolean allowMassRemoval) throws IOException {
        try {
            ReindexSummary summary = build(corpus, full, allowMassRemoval);
            lastReindex = Optional.of(summary);
            lastError = null;
            return summary;
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof MassRemovalException)) {
                lastError = e.getMessage();
            }
            throw e;
        }
    }

    private ReindexSummary build(Corpus corpus, boolean full, boolean allowMassRemoval) throws IOException {
        Instant start = options.clock().instant();
        Optional<String> current = aliasTarget();
        SolrIndexMeta previous = current.isPresent() ? meta() : SolrIndexMeta.NONE;
        List<Problem> problems = new ArrayList<>(corpus.problems());
        String synonyms = corpus.synonyms() == null ? "" : corpus.synonyms();
        try {
            Analyzers.forQueries(synonyms);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("synonyms.txt", 0, e.getMessage() + "; the previous synonyms stay in use"));
            synonyms = previous.synonyms();
        }
        Map<String, String> hashes = current.isPresent() ? hashes() : Map.of();
        Map<String, Topic> topics = corpus.topics().stream().collect(Collectors.toMap(Topic::id, t -> t, (a, b) -> a));

        List<SolrInputDocument> docs = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> present = new HashSet<>();
        for (Article article : corpus.articles()) {
            present.add(article.slug());
            String hash = hashes.get(article.slug());
            if (hash == null) {
                added++;
            } else if (hash.equals(article.contentHash())) {
                unchanged++;
            } else {
                updated++;
            }
            docs.add(SolrDocuments.of(IndexedArticle.linked(article, corpus.substances(), topics)));
        }
        int kept = 0;
        for (String slug : corpus.brokenSlugs()) {
            Optional<IndexedArticle> good = hashes.containsKey(slug) ? article(slug) : Optional.empty();
            if (good.isPresent()) {
                present.add(slug);
                kept++;
                docs.add(SolrDocuments.of(IndexedArticle.relinked(good.get(), corpus.substances(), topics)));
            }
        }
        if (!allowMassRemoval) {
            MassRemovalException.check(hashes.keySet(), corpus, present);
        }
        int removed = (int) hashes.keySet().stream().filter(slug -> !present.contains(slug)).count();
        if (!full && current.isPresent() && added + updated + removed == 0 && synonyms.equals(previous.synonyms())
                && corpus.sharedHash().equals(previous.sharedHash())) {
            // Nothing changed: the collection behind the alias already is this corpus.
            return new ReindexSummary(false, hashes.size(), 0, 0, 0, unchanged, kept, corpus.substances().size(),
                    corpus.brokenSlugs(), problems, start, Duration.between(start, options.clock().instant()));
        }
        Instant finished = options.clock().instant();
        docs.add(SolrDocuments.of(new SolrIndexMeta(Catalog.of(corpus), finished.toString(), problems.size(), synonyms,
                corpus.sharedHash())));

        String collection = options.alias() + "_" + COLLECTION_TIME.format(finished);
        Configset.upload(nodes, collection, synonyms);
        try {
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, collection,
                    options.shards(), options.replicas());
            create.setWaitForFinalState(true);
            nodes.send(create, null);
            for (int from = 0; from < docs.size(); from += BATCH) {
                UpdateRequest update = new UpdateRequest();
                update.add(docs.subList(from, Math.min(docs.size(), from + BATCH)));
                nodes.send(update, collection);
            }
            UpdateRequest commit = new UpdateRequest();
            commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
            nodes.send(commit, collection);
            long held = count(collection);
            if (held != docs.size()) {
                throw new IOException("collection " + collection + " holds " + held + " documents of " + docs.size() + "; the alias stays");
            }
        } catch (IOException | RuntimeException e) {
            discard(collection);
            throw e;
        }
        // The one step readers see: the alias now names the complete new collection.
        nodes.send(CollectionAdminRequest.createAlias(options.alias(), collection), null);
        deleteOlderThan(current.orElse(collection));
        return new ReindexSummary(true, docs.size() - 1, added, updated, removed, unchanged, kept,
                corpus.substances().size(), corpus.brokenSlugs(), problems, finished,
                Duration.between(start, options.clock().instant()));
    }

    /** Moves the alias back to the collection before the current one; false when there is none. */
    public boolean rollback() throws IOException {
        reindexing.lock();
        try {
            Optional<String> current = aliasTarget();
            List<String> ours = collections();
            Optional<String> before = ours.stream().filter(c -> current.isPresent() && c.compareTo(current.get()) < 0)
                    .max(Comparator.naturalOrder());
            if (before.isEmpty()) {
                return false;
            }
            nodes.send(CollectionAdminRequest.createAlias(options.alias(), before.get()), null);
            return true;
        } finally {
            reindexing.unlock();
        }
    }

    /** The collection the alias names now, if any. */
    public Optional<String> aliasTarget() {
        try {
            var aliases = nodes.send(new CollectionAdminRequest.ListAliases(), null).getAliases();
            return Optional.ofNullable(aliases.get(options.alias()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This alias's collections, oldest first (their names end in the time of their reindex). */
    public List<String> collections() throws IOException {
        var status = nodes.send(CollectionAdminRequest.getClusterStatus(), null);
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) ((Map<String, Object>) status.getResponse().get("cluster")).get("collections");
        String prefix = options.alias() + "_";
        return all.keySet().stream().filter(name -> name.startsWith(prefix)).sorted().toList();
    }

    /** Deletes this alias's collections (and their configsets) older than {@code keep}. */
    private void deleteOlderThan(String keep) throws IOException {
        for (String old : collections()) {
            if (old.compareTo(keep) < 0) {
                discard(old);
            }
        }
    }

    private void discard(String collection) {
        try {
            nodes.send(CollectionAdminRequest.deleteCollection(collection), null);
        } catch (IOException | RuntimeException e) {
            // Nothing reads it: a later reindex deletes it with the other old ones.
        }
        try {
            Configset.delete(nodes, collection);
        } catch (IOException | RuntimeException e) {
            // A configset without a collection costs a few kilobytes in ZooKeeper.
        }
    }

    private Map<String, String> hashes() {
        SolrQuery query = new SolrQuery("*:*");
        query.addFilterQuery(SolrDocuments.KIND + ":" + SolrDocuments.ARTICLE);
        query.setFields(SolrDocuments.ID, Schema.HASH);
        query.setRows(ALL);
        Map<String, String> hashes = new HashMap<>();
        for (SolrDocument doc : query(query).getResults()) {
            hashes.put((String) doc.getFirstValue(SolrDocuments.ID), (String) doc.getFirstValue(Schema.HASH));
        }
        return hashes;
    }

    private long count(String collection) throws IOException {
        SolrQuery query = new SolrQuery("*:*");
        query.setRows(0);
        return nodes.send(new QueryRequest(query), collection).getResults().getNumFound();
    }

    private QueryResponse query(SolrQuery query) {
        try {
            return nodes.send(new QueryRequest(query, SolrRequest.METHOD.POST), options.alias());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Solr engine searches by words: passage vectors are not indexed in Solr yet (docs/scale-out.md). */
    @Override
    public boolean lacksVectors() {
        return false;
    }

    @Override
    public ReindexSummary reindexWordsOnly(Corpus corpus) throws IOException {
        return reindex(corpus, true);
    }

    @Override
    public EngineStatus status() {
        if (aliasTarget().isEmpty()) {
            return new EngineStatus(0, reindexing.isLocked(), null, 0, lastError);
        }
        SolrIndexMeta meta = meta();
        long articles = search(SearchRequest.of("", 1)).total();
        return new EngineStatus(articles, reindexing.isLocked(), meta.indexedAt(), meta.problems(), lastError);
    }

    /** Solr keeps its own caches (docs/scale-out.md); the engine keeps no answers. */
    @Override
    public int cachedResults() {
        return 0;
    }

    /** No answer is kept here, so every search is a miss. */
    @Override
    public CacheStatistics cacheStatistics() {
        return new CacheStatistics(0, searches.get());
    }

    @Override
    public Optional<ReindexSummary> lastReindex() {
        return lastReindex;
    }

    /** Searches are by words only: no passage vectors are indexed in Solr (docs/scale-out.md). */
    @Override
    public boolean searchesByMeaning() {
        return false;
    }

    @Override
    public int embeddingQueue() {
        return 0;
    }

    @Override
    public void close() throws IOException {
        nodes.close();
    }
}

package org.sleepkb.web;

import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sleepkb.corpus.Topic;
import org.sleepkb.index.IndexStore;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.insights.QueryInsights;
import org.sleepkb.search.Hit;
import org.sleepkb.search.SearchResult;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.Searcher;

/**
 * What the pages and the API both ask of the search service, in the shape they need: a search
 * with its view, an article by slug (a 404 when there is none), a topic by id. HTML and JSON
 * differ only in how they write the answer.
 */
final class Site {

    /** Related articles on an article page. */
    static final int RELATED = 6;
    /** Autocomplete entries offered by default. */
    static final int SUGGESTIONS = 8;
    /** Slugs and topic ids are lowercase words with dashes; anything else cannot exist. */
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,120}");

    private final Searcher searcher;
    private final IndexStore store;
    private final Clock clock;
    private final QueryInsights insights;

    Site(Searcher searcher, IndexStore store, Clock clock, QueryInsights insights) {
        this.searcher = searcher;
        this.store = store;
        this.clock = clock;
        this.insights = insights;
    }

    Searcher searcher() {
        return searcher;
    }

    /** Articles a search can find now. */
    long articleCount() {
        return searcher.search(SearchRequest.of("", 1)).total();
    }

    /** A search people typed, counted for the query insights (its first page only, so paging does not count twice). */
    SearchResult search(SearchRequest request) {
        SearchResult result = searcher.search(request);
        if (request.page() == 1) {
            insights.record(request.query(), outcome(result));
        }
        return result;
    }

    private static QueryInsights.Outcome outcome(SearchResult result) {
        if (result.hits().isEmpty()) {
            return QueryInsights.Outcome.NOTHING;
        }
        return result.hits().stream().noneMatch(Hit::matchesWords) ? QueryInsights.Outcome.ONLY_RELATED : QueryInsights.Outcome.FOUND;
    }

    SearchView searchView(SearchRequest request) {
        var result = search(request);
        boolean empty = result.hits().isEmpty();
        return SearchView.of(request, result, hits(result.hits()),
                empty ? suggestions(request.query(), 5) : List.of(),
                empty ? searcher.topics() : List.of());
    }

    List<HitView> hits(List<Hit> hits) {
        Map<String, Topic> topics = store.catalog().topicsById();
        return hits.stream().map(hit -> HitView.of(hit, topics)).toList();
    }

    List<SuggestionLink> suggestions(String prefix, int limit) {
        return searcher.suggest(prefix, limit).stream().map(SuggestionLink::of).toList();
    }

    IndexedArticle article(String slug) {
        if (!ID.matcher(slug).matches()) {
            throw notFound(slug);
        }
        return searcher.article(slug).orElseThrow(() -> notFound(slug));
    }

    ArticleView articleView(String slug) {
        IndexedArticle article = article(slug);
        boolean pendingEdit = store.lastReindex().map(summary -> summary.skipped().contains(slug)).orElse(false);
        return ArticleView.of(article, hits(searcher.related(slug, RELATED)), today(), pendingEdit);
    }

    TopicView topicView(String id, int page) {
        Topic topic = store.catalog().topic(id).orElseThrow(() -> new NotFoundResponse("there is no topic `" + id + "`; see /topics for the list"));
        SearchResult result = searcher.search(Searcher.browse(FacetDimension.TOPIC.parameter(), topic.id(), page));
        return TopicView.of(topic, result, hits(result.hits()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static NotFoundResponse notFound(String slug) {
        return new NotFoundResponse("there is no article `" + slug + "`");
    }
}

package org.sleepkb.web.page;

import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sleepkb.corpus.Topic;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.insights.QueryInsights;
import org.sleepkb.search.Hit;
import org.sleepkb.search.SearchEngine;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;

/**
 * What the pages and the API both ask of the search service, in the shape they need: a search
 * with its view, an article by slug (a 404 when there is none), a topic by id. HTML and JSON
 * differ only in how they write the answer.
 */
public final class Site {

    /** Related articles on an article page. */
    public static final int RELATED = 6;
    /** Autocomplete entries offered by default. */
    public static final int SUGGESTIONS = 8;
    /** Slugs and topic ids are lowercase words with dashes; anything else cannot exist. */
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,120}");

    private final SearchEngine engine;
    private final Clock clock;
    private final QueryInsights insights;

    public Site(SearchEngine engine, Clock clock, QueryInsights insights) {
        this.engine = engine;
        this.clock = clock;
        this.insights = insights;
    }

    public SearchEngine engine() {
        return engine;
    }

    /** A search people typed, counted for the query insights (its first page only, so paging does not count twice). */
    public SearchResult search(SearchRequest request) {
        SearchResult result = engine.search(request);
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
                empty ? engine.topics() : List.of());
    }

    List<HitView> hits(List<Hit> hits) {
        Map<String, Topic> topics = engine.catalog().topicsById();
        return hits.stream().map(hit -> HitView.of(hit, topics)).toList();
    }

    public List<SuggestionLink> suggestions(String prefix, int limit) {
        return engine.suggest(prefix, limit).stream().map(SuggestionLink::of).toList();
    }

    public IndexedArticle article(String slug) {
        if (!ID.matcher(slug).matches()) {
            throw notFound(slug);
        }
        return engine.article(slug).orElseThrow(() -> notFound(slug));
    }

    public ArticleView articleView(String slug) {
        IndexedArticle article = article(slug);
        boolean pendingEdit = engine.lastReindex().map(summary -> summary.skipped().contains(slug)).orElse(false);
        return ArticleView.of(article, hits(engine.related(slug, RELATED)), today(), pendingEdit);
    }

    TopicView topicView(String id, int page) {
        Topic topic = engine.catalog().topic(id).orElseThrow(() -> new NotFoundResponse("there is no topic `" + id + "`; see /topics for the list"));
        SearchResult result = engine.search(SearchRequest.browse(FacetDimension.TOPIC.parameter(), topic.id(), page));
        return TopicView.of(topic, result, hits(result.hits()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static NotFoundResponse notFound(String slug) {
        return new NotFoundResponse("there is no article `" + slug + "`");
    }
}

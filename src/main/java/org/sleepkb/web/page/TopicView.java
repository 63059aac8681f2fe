package org.sleepkb.web.page;

import java.util.List;
import org.sleepkb.corpus.Topic;
import org.sleepkb.search.SearchResult;

/** A topic page: the topic and one page of its articles, each with its safety panel. */
public record TopicView(Topic topic, SearchResult result, List<HitView> hits, Pagination pagination) {

    public TopicView {
        hits = List.copyOf(hits);
    }

    static TopicView of(Topic topic, SearchResult result, List<HitView> hits) {
        return new TopicView(topic, result, hits, Pagination.of(result.page(), result.pages(), page -> href(topic, page)));
    }

    /** The address of this page of the topic, the one search engines should list. */
    public String canonical() {
        return href(topic, result.page());
    }

    /** Searching inside the topic keeps it as a filter. */
    public String searchHref() {
        return SearchLinks.SEARCH_PATH + "?" + FacetDimension.TOPIC.parameter() + "=" + SearchLinks.encode(topic.id());
    }

    private static String href(Topic topic, int page) {
        String path = "/topics/" + SearchLinks.encode(topic.id());
        return page == 1 ? path : path + "?page=" + page;
    }
}

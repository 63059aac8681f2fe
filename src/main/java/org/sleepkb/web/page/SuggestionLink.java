package org.sleepkb.web.page;

import java.util.Map;
import org.sleepkb.search.Suggestion;

/**
 * An autocomplete entry with the page it leads to: an article, a topic, or a search filtered by a
 * substance.
 */
public record SuggestionLink(String label, String kind, String target, String url) {

    static SuggestionLink of(Suggestion suggestion) {
        String target = suggestion.target();
        String url = switch (suggestion.kind()) {
            case "article" -> "/articles/" + SearchLinks.encode(target);
            case "topic" -> "/topics/" + SearchLinks.encode(target);
            case "substance" -> SearchLinks.SEARCH_PATH + "?" + FacetDimension.SUBSTANCE.parameter() + "=" + SearchLinks.encode(target);
            default -> SearchLinks.href(suggestion.label(), Map.of(), 1);
        };
        return new SuggestionLink(suggestion.label(), suggestion.kind(), target, url);
    }
}

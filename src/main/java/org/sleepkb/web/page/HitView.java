package org.sleepkb.web.page;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sleepkb.corpus.Topic;
import org.sleepkb.search.Hit;

/** A hit as a list shows it: the hit, its topics by name, and its safety panel. */
public record HitView(Hit hit, List<Topic> topics, SafetyPanel safety) {

    public HitView {
        topics = List.copyOf(topics);
    }

    static HitView of(Hit hit, Map<String, Topic> topicsById) {
        return new HitView(hit, hit.topics().stream().map(topicsById::get).filter(Objects::nonNull).toList(),
                new SafetyPanel(hit.safety()));
    }

    public String href() {
        return "/articles/" + hit.slug();
    }

    /** True when the snippet shows matched words; otherwise it only repeats the summary. */
    public boolean hasHighlight() {
        return hit.snippet() != null && hit.snippet().contains("<mark>");
    }

    /** The link to the section the best passage stands in, or null for the introduction. */
    public String sectionHref() {
        return hit.section() == null ? null : href() + "#" + hit.section().anchor();
    }
}

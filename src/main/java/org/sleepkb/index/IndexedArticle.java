package org.sleepkb.index;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.safety.RiskLevel;
import org.sleepkb.corpus.safety.SubstanceProfile;
import org.sleepkb.corpus.Topic;

/**
 * What the index stores with each document: the article with the profiles of its linked
 * substances and its topics, so a hit carries its safety data. The substances it is about come
 * first, highest risk first, then those it only mentions, highest risk first.
 */
public record IndexedArticle(Article article, List<SubstanceProfile> substances, List<Topic> topics) {

    public IndexedArticle {
        // Among equals, the order the article links them in (declared ones first).
        List<String> order = article.substances();
        substances = substances.stream()
                .sorted(Comparator.comparing((SubstanceProfile profile) -> !article.isAbout(profile.id()))
                        .thenComparing(Comparator.comparing(SubstanceProfile::risk).reversed())
                        .thenComparingInt(profile -> order.indexOf(profile.id())))
                .toList();
        topics = List.copyOf(topics);
    }

    /**
     * The highest risk among the substances the article is about, or null when it is about none:
     * the risk filter, like the hit's panel, follows the subject, so an article on CBT-I that
     * mentions sleeping pills is not listed under high risk.
     */
    public RiskLevel highestRisk() {
        return substances.stream().filter(profile -> article.isAbout(profile.id()))
                .map(SubstanceProfile::risk).max(Comparator.naturalOrder()).orElse(null);
    }

    /** {@code article} with the profiles of its substances and its topics, as far as the corpus has them. */
    public static IndexedArticle linked(Article article, Map<String, SubstanceProfile> profiles, Map<String, Topic> topics) {
        return new IndexedArticle(article,
                article.substances().stream().map(profiles::get).filter(Objects::nonNull).toList(),
                article.topics().stream().map(topics::get).filter(Objects::nonNull).toList());
    }

    /**
     * The last good version of a broken article with today's profiles and topics; a profile that
     * is broken itself keeps the version stored with the article, so no warning is ever dropped.
     */
    public static IndexedArticle relinked(IndexedArticle good, Map<String, SubstanceProfile> profiles, Map<String, Topic> topics) {
        Map<String, SubstanceProfile> merged = new HashMap<>();
        good.substances().forEach(p -> merged.put(p.id(), p));
        merged.putAll(profiles);
        return linked(good.article(), merged, topics);
    }
}

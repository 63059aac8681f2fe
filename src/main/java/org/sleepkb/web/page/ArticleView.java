package org.sleepkb.web.page;

import java.time.LocalDate;
import java.util.List;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.Heading;
import org.sleepkb.corpus.Topic;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.search.safety.HitSafety;
import org.sleepkb.search.safety.Safety;

/**
 * An article page, in the order a reader needs it: the article's summary and key points, a safety
 * box (evidence, risks, top warnings), the table of contents, the text, then the full substance
 * profiles, sources and related articles.
 *
 * @param bodyHtml    the body as HTML with all corpus markup escaped (see {@link ArticleBody})
 * @param pendingEdit the article's file is broken, so this is its last good version (readers are told)
 */
public record ArticleView(Article article, List<Topic> topics, Safety safety, String bodyHtml,
                          List<Heading> contents, List<HitView> related, boolean pendingEdit) {

    /** Headings deeper than this stay out of the table of contents. */
    private static final int CONTENTS_DEPTH = 3;

    public ArticleView {
        topics = List.copyOf(topics);
        contents = List.copyOf(contents);
        related = List.copyOf(related);
    }

    static ArticleView of(IndexedArticle indexed, List<HitView> related, LocalDate today, boolean pendingEdit) {
        Article article = indexed.article();
        return new ArticleView(article, indexed.topics(), Safety.of(indexed, today),
                ArticleBody.html(article.markdown()),
                article.headings().stream().filter(h -> h.level() <= CONTENTS_DEPTH).toList(),
                related, pendingEdit);
    }

    /** Evidence, review and editorial note worded as on the compact panel. */
    public SafetyPanel panel() {
        return new SafetyPanel(HitSafety.of(safety));
    }

    /** The first warning of one substance the article is about, for the safety box above the text. */
    public record TopWarning(String substance, String text) {
    }

    /** Warnings in the safety box; the profiles after the text have them all. */
    private static final int TOP_WARNINGS = 3;

    /** The first warning of each of the riskiest substances the article is about, highest risk first. */
    public List<TopWarning> topWarnings() {
        return safety.subjects().stream()
                .filter(substance -> !substance.warnings().isEmpty())
                .limit(TOP_WARNINGS)
                .map(substance -> new TopWarning(substance.name(), substance.warnings().get(0).text()))
                .toList();
    }
}

package org.sleepkb.web;

import java.time.LocalDate;
import java.util.List;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.Heading;
import org.sleepkb.corpus.Topic;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.search.HitSafety;
import org.sleepkb.search.Safety;

/**
 * An article page: the article, its full safety information, the rendered body with a table of
 * contents, and related articles.
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
}

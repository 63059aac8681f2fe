package org.sleepkb.web;

import java.time.LocalDate;
import java.util.List;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.Heading;
import org.sleepkb.corpus.SubstanceProfile;
import org.sleepkb.corpus.Topic;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.search.Safety;
import org.sleepkb.search.SubstanceSafety;

/**
 * An article page: the article, its full safety panel, the rendered body with a table of
 * contents, and related articles.
 *
 * @param bodyHtml the body as HTML with all corpus markup escaped (see {@link ArticleBody})
 */
public record ArticleView(Article article, List<Topic> topics, SafetyPanel safety, String bodyHtml,
                          List<Heading> contents, List<HitView> related) {

    /** Headings deeper than this stay out of the table of contents. */
    private static final int CONTENTS_DEPTH = 3;

    public ArticleView {
        topics = List.copyOf(topics);
        contents = List.copyOf(contents);
        related = List.copyOf(related);
    }

    static ArticleView of(IndexedArticle indexed, List<HitView> related, LocalDate today) {
        Article article = indexed.article();
        return new ArticleView(article, indexed.topics(), new SafetyPanel(safety(indexed, today)),
                ArticleBody.html(article.markdown()),
                article.headings().stream().filter(h -> h.level() <= CONTENTS_DEPTH).toList(),
                related);
    }

    /**
     * The safety of an article read by slug, worked out as the searcher does for hits (its own
     * factory is package-private to the search package).
     */
    static Safety safety(IndexedArticle indexed, LocalDate today) {
        Article article = indexed.article();
        boolean stale = article.reviewed() == null || article.reviewed().plus(Safety.STALE_AFTER).isBefore(today);
        return new Safety(article.evidence(), article.reviewed(), stale, article.editorialNote(),
                indexed.substances().stream().map(ArticleView::substance).toList());
    }

    private static SubstanceSafety substance(SubstanceProfile profile) {
        return new SubstanceSafety(profile.id(), profile.name(), profile.risk(), profile.dependence(),
                profile.regulatory(), profile.warnings(), profile.interactions(), profile.avoidIf(), profile.sources());
    }
}

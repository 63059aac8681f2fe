package org.sleepkb.web.api;

import java.time.LocalDate;
import java.util.List;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.ArticleKind;
import org.sleepkb.corpus.EvidenceGrade;
import org.sleepkb.corpus.Heading;
import org.sleepkb.corpus.Source;
import org.sleepkb.corpus.Topic;
import org.sleepkb.search.safety.Safety;
import org.sleepkb.web.page.ArticleView;

/**
 * An article as {@code GET /api/articles/{slug}} returns it: its front matter, headings, the
 * Markdown body and its escaped HTML rendering, and the full safety panel.
 */
public record ArticleResource(
        String slug,
        String title,
        String summary,
        String url,
        List<Topic> topics,
        EvidenceGrade evidence,
        LocalDate reviewed,
        String editorialNote,
        ArticleKind kind,
        List<String> keyPoints,
        List<Source> sources,
        List<Heading> headings,
        String markdown,
        String html,
        Safety safety) {

    static ArticleResource of(ArticleView view) {
        Article article = view.article();
        return new ArticleResource(article.slug(), article.title(), article.summary(), "/articles/" + article.slug(),
                view.topics(), article.evidence(), article.reviewed(), article.editorialNote(), article.kind(),
                article.keyPoints(), article.sources(),
                article.headings(), article.markdown(), view.bodyHtml(), view.safety());
    }
}

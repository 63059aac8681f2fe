package org.sleepkb.web;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders an article's CommonMark body to HTML for its page. Raw HTML in the body is escaped and
 * link targets are sanitised, so a corpus file can never put markup or script on the page;
 * headings get the same anchor ids the index gives them, so search hits can link to a section.
 */
final class ArticleBody {

    private static final List<Extension> EXTENSIONS = List.of(HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private ArticleBody() {
    }

    static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}

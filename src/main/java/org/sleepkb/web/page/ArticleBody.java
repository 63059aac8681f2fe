package org.sleepkb.web.page;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Document;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.sleepkb.corpus.read.MarkdownLimits;

/**
 * Renders an article's CommonMark body to HTML for its page. Raw HTML in the body is escaped and
 * link targets are sanitised, so a corpus file can never put markup or script on the page;
 * headings get the same anchor ids the index gives them, so search hits can link to a section.
 */
public final class ArticleBody {

    private static final List<Extension> EXTENSIONS = List.of(HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> ArticleBody::dropDataUrls)
            .build();

    private ArticleBody() {
    }

    /**
     * The body as HTML; a body over the {@link MarkdownLimits} (an index written before they
     * existed) is shown as escaped plain text, because rendering it would recurse once per level.
     */
    public static String html(String markdown) {
        Node document = PARSER.parse(markdown);
        if (MarkdownLimits.check(markdown, document).isPresent()) {
            Document plain = new Document();
            IndentedCodeBlock text = new IndentedCodeBlock();
            text.setLiteral(markdown);
            plain.appendChild(text);
            return RENDERER.render(plain);
        }
        return RENDERER.render(document);
    }

    /**
     * The sanitiser keeps {@code data:} targets, which can carry a whole document or image
     * from the corpus file; docs/api.md promises links and images only to real addresses.
     */
    private static void dropDataUrls(Node node, String tagName, Map<String, String> attributes) {
        for (String name : List.of("href", "src")) {
            String value = attributes.get(name);
            if (value != null && value.strip().toLowerCase(Locale.ROOT).startsWith("data:")) {
                attributes.put(name, "");
            }
        }
    }
}

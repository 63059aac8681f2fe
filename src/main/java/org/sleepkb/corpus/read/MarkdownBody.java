package org.sleepkb.corpus.read;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.sleepkb.corpus.Heading;
import org.sleepkb.corpus.Section;

/**
 * Splits a CommonMark body into sections at its headings and gives each heading the anchor id
 * that the rendered page uses, so search can link to the section that matched.
 */
final class MarkdownBody {

    /** Block source spans give {@link MarkdownLimits} the line of an excess. */
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private MarkdownBody() {
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The sections of a document from {@link #parse}, once {@link MarkdownLimits} has passed it. */
    static List<Section> sections(Node document) {
        IdGenerator anchors = IdGenerator.builder().build();
        List<Section> sections = new ArrayList<>();
        Heading current = null;
        StringBuilder text = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof org.commonmark.node.Heading heading) {
                addSection(sections, current, text);
                String title = plainText(heading).strip();
                current = new Heading(heading.getLevel(), title, anchors.generateId(title));
                text.setLength(0);
            } else {
                String blockText = plainText(block).strip();
                if (!blockText.isEmpty()) {
                    if (text.length() > 0) {
                        text.append('\n');
                    }
                    text.append(blockText);
                }
            }
        }
        addSection(sections, current, text);
        return sections;
    }

    private static void addSection(List<Section> sections, Heading heading, StringBuilder text) {
        if (heading != null || text.length() > 0) {
            String body = heading == null ? text.toString() : heading.text() + "\n" + text;
            sections.add(new Section(heading, body.strip()));
        }
    }

    /** The text a reader sees, without Markdown syntax; raw HTML is dropped, never interpreted. */
    static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append('\n');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof org.commonmark.node.Paragraph || parent instanceof org.commonmark.node.ListItem) {
                    out.append('\n');
                }
            }
        });
        return out.toString().replaceAll("\n{2,}", "\n").strip();
    }
}

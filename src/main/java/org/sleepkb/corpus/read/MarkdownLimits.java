package org.sleepkb.corpus.read;

import java.util.Optional;
import org.commonmark.node.Node;

/**
 * Bounds on an article body, so that reading and rendering it take bounded time and stack: the
 * CommonMark parser keeps any nesting, and every visitor over its tree (plain text, HTML) recurses
 * once per level, so 5,000 nested {@code > } or {@code *a} would overflow the stack. No real
 * article comes near these numbers.
 */
public final class MarkdownLimits {

    /** Characters in one line (the longest bundled paragraph is under 1,400). */
    public static final int MAX_LINE_LENGTH = 20_000;
    /** Levels of nesting: quotes in lists in quotes, emphasis in links in emphasis, ... */
    public static final int MAX_DEPTH = 32;
    /** Parsed elements (paragraphs, list items, words between markup, ...) in one body. */
    public static final int MAX_ELEMENTS = 50_000;

    /** What is over a limit, and on which 1-based line of {@code markdown}. */
    public record Excess(int line, String message) {
    }

    private MarkdownLimits() {
    }

    /**
     * The first limit {@code markdown}, parsed into {@code document} (with block source spans),
     * exceeds, checked without recursion; empty when it is within all of them.
     */
    public static Optional<Excess> check(String markdown, Node document) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= markdown.length(); i++) {
            if (i == markdown.length() || markdown.charAt(i) == '\n') {
                if (i - lineStart > MAX_LINE_LENGTH) {
                    return Optional.of(new Excess(line, "line is " + (i - lineStart) + " characters long; the limit is "
                            + MAX_LINE_LENGTH + ", break it into paragraphs"));
                }
                line++;
                lineStart = i + 1;
            }
        }
        return checkTree(document);
    }

    /** Walks the tree iteratively (first child, next sibling, parent), counting depth and elements. */
    private static Optional<Excess> checkTree(Node document) {
        int depth = 0;
        int elements = 0;
        Node node = document;
        while (node != null) {
            if (++elements > MAX_ELEMENTS) {
                return Optional.of(new Excess(lineOf(node), "has more than " + MAX_ELEMENTS + " Markdown elements; split the article"));
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                if (++depth > MAX_DEPTH) {
                    return Optional.of(new Excess(lineOf(node), "Markdown is nested more than " + MAX_DEPTH
                            + " levels deep (quotes, lists or emphasis inside each other); flatten it"));
                }
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == document ? null : node.getNext();
        }
        return Optional.empty();
    }

    private static int lineOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans().get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }
}

package org.sleepkb.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's passages as safe HTML: every character of the article is escaped,
 * and only the {@code <mark>} tags around matched words are markup.
 */
final class SnippetFormatter extends PassageFormatter {

    /** The formatted passages and where the first one starts in the body text. */
    record Snippet(String html, int start) {
    }

    private static final String ELLIPSIS = " … ";

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        int start = passages.length == 0 ? 0 : passages[0].getStartOffset();
        for (Passage passage : passages) {
            if (html.length() > 0) {
                html.append(ELLIPSIS);
            }
            int pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int matchStart = passage.getMatchStarts()[i];
                int matchEnd = passage.getMatchEnds()[i];
                if (matchStart < pos) {
                    continue;
                }
                escape(content, pos, matchStart, html);
                html.append("<mark>");
                escape(content, matchStart, matchEnd, html);
                html.append("</mark>");
                pos = matchEnd;
            }
            escape(content, pos, passage.getEndOffset(), html);
        }
        return new Snippet(html.toString().strip(), start);
    }

    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }
}

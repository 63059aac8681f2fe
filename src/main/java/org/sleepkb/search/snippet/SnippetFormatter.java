package org.sleepkb.search.snippet;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.sleepkb.corpus.Article;

/**
 * Formats the highlighter's best passage as safe HTML: every character of the article is
 * escaped, and only the {@code <mark>} tags around matched words are markup. A passage keeps to
 * the section of its first match (the one a hit links to) and to the lines (paragraphs, headings)
 * that hold its matches: the highlighter joins sentences to reach its length goal and would
 * otherwise run on into the next section's heading. A passage longer
 * than {@link #MAX_CHARS} is cut at word boundaries around its first match, with ellipses.
 */
public final class SnippetFormatter extends PassageFormatter {

    /** The formatted passage and where its first matched word stands in the body text. */
    public record Snippet(String html, int start) {
    }

    public static final int MAX_CHARS = 300;
    /** Context kept before the first match when a passage has to be cut. */
    private static final int LEAD = 80;
    private static final String ELLIPSIS = "…";

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0 || passages[0].getNumMatches() == 0) {
            return null;
        }
        Passage passage = passages[0];
        int firstMatch = passage.getMatchStarts()[0];
        int lineStart = Math.max(passage.getStartOffset(), content.lastIndexOf('\n', firstMatch) + 1);
        int lineEnd = lineEnd(passage, content, firstMatch);
        int from = lineStart;
        int to = lineEnd;
        if (to - from > MAX_CHARS) {
            from = wordStartAtOrAfter(content, Math.max(from, firstMatch - LEAD), firstMatch);
            to = wordEndAtOrBefore(content, Math.min(to, from + MAX_CHARS), firstMatch);
        }
        StringBuilder html = new StringBuilder();
        if (from > lineStart) {
            html.append(ELLIPSIS);
        }
        int pos = from;
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int matchStart = passage.getMatchStarts()[i];
            int matchEnd = passage.getMatchEnds()[i];
            if (matchStart < pos || matchEnd > to) {
                continue;
            }
            escape(content, pos, matchStart, html);
            html.append("<mark>");
            escape(content, matchStart, matchEnd, html);
            html.append("</mark>");
            pos = matchEnd;
        }
        escape(content, pos, to, html);
        if (to < lineEnd) {
            html.append(ELLIPSIS);
        }
        return new Snippet(html.toString().strip(), firstMatch);
    }

    /** The end of the line of the passage's last match in the section of its first match. */
    private static int lineEnd(Passage passage, String content, int firstMatch) {
        int sectionEnd = content.indexOf(Article.SECTION_BREAK, firstMatch);
        int end = Math.min(passage.getEndOffset(), sectionEnd < 0 ? content.length() : sectionEnd);
        int lastMatchEnd = firstMatch;
        for (int i = 0; i < passage.getNumMatches(); i++) {
            if (passage.getMatchEnds()[i] <= end) {
                lastMatchEnd = Math.max(lastMatchEnd, passage.getMatchEnds()[i]);
            }
        }
        int lineBreak = content.indexOf('\n', lastMatchEnd);
        return lineBreak < 0 ? end : Math.min(end, lineBreak);
    }

    private static int wordStartAtOrAfter(String content, int at, int limit) {
        if (at == 0 || Character.isWhitespace(content.charAt(at - 1))) {
            return at;
        }
        int space = content.indexOf(' ', at);
        return space < 0 || space >= limit ? at : space + 1;
    }

    private static int wordEndAtOrBefore(String content, int at, int limit) {
        if (at >= content.length() || Character.isWhitespace(content.charAt(at))) {
            return at;
        }
        int space = content.lastIndexOf(' ', at);
        return space <= limit ? at : space;
    }

    public static void escape(String text, int from, int to, StringBuilder out) {
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

package org.sleepkb.search.embedded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sleepkb.corpus.Article;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.search.Hit;
import org.sleepkb.search.safety.HitSafety;
import org.sleepkb.search.safety.Safety;
import org.sleepkb.search.Section;
import org.sleepkb.search.snippet.SnippetFormatter;

/**
 * What a hit shows of an article, read once from its stored document: decoding the stored JSON
 * costs more than everything else a hit needs but the snippet, and the same articles come up
 * again and again.
 *
 * @param summaryHtml the summary escaped, the snippet of a hit whose body does not match
 * @param body        the body text, as indexed, for the highlighter
 * @param sections    where each section starts in the body text, to find the one a snippet is from
 */
record HitSource(String slug, String title, String summary, String summaryHtml, String body, List<String> topics,
                 List<String> substances, List<SectionStart> sections, HitSafety safety) {

    /** A section of the body text: its first character and its heading (null for the introduction). */
    record SectionStart(int offset, Section section) {
    }

    static HitSource of(IndexedArticle indexed, LocalDate today) {
        var article = indexed.article();
        List<SectionStart> sections = new ArrayList<>();
        int offset = 0;
        for (org.sleepkb.corpus.Section section : article.sections()) {
            sections.add(new SectionStart(offset, section.heading() == null ? null
                    : new Section(section.heading().anchor(), section.heading().text())));
            offset += section.text().length() + Article.SECTION_BREAK.length();
        }
        StringBuilder summaryHtml = new StringBuilder();
        SnippetFormatter.escape(article.summary(), 0, article.summary().length(), summaryHtml);
        return new HitSource(article.slug(), article.title(), article.summary(), summaryHtml.toString(), article.bodyText(),
                article.topics(), article.substances(), List.copyOf(sections), HitSafety.of(Safety.of(indexed, today)));
    }

    /** The hit for this article, with {@code snippet} (null when the body does not match) and its safety as of {@code today}. */
    Hit hit(SnippetFormatter.Snippet snippet, float score, boolean matchesWords, LocalDate today) {
        return new Hit(slug, title, summary, snippet == null ? summaryHtml : snippet.html(), Float.isNaN(score) ? 0f : score,
                topics, substances, snippet == null ? null : sectionAt(snippet.start()), matchesWords, safety.asOf(today));
    }

    /** The heading of the section that contains {@code offset} of the body text. */
    private Section sectionAt(int offset) {
        Section found = null;
        for (SectionStart start : sections) {
            if (start.offset() > offset) {
                break;
            }
            found = start.section();
        }
        return found;
    }
}

package org.sleepkb.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One article as the indexer sees it: front matter, the Markdown body, its plain-text sections,
 * and the substances it is linked to (declared in front matter or found in its text).
 *
 * @param reviewed     null when the article has not been reviewed (no front matter)
 * @param keyPoints    what a reader should take away, shown before the text; empty when the editors gave none
 * @param contentHash  SHA-256 of the file's bytes, so a reindex can skip unchanged files
 */
public record Article(
        String slug,
        String title,
        String summary,
        List<String> topics,
        List<String> substances,
        EvidenceGrade evidence,
        LocalDate reviewed,
        String editorialNote,
        List<String> keyPoints,
        List<Source> sources,
        String markdown,
        List<Section> sections,
        String contentHash) {

    public Article {
        topics = List.copyOf(topics);
        substances = List.copyOf(substances);
        // An index written before key points existed stores none.
        keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
        sources = List.copyOf(sources);
        sections = List.copyOf(sections);
    }

    public List<Heading> headings() {
        return sections.stream().map(Section::heading).filter(h -> h != null).toList();
    }

    /** What stands between two sections in {@link #bodyText()}: a blank line. */
    public static final String SECTION_BREAK = "\n\n";

    /** The body as plain text, sections separated by {@link #SECTION_BREAK}. */
    public String bodyText() {
        return sections.stream().map(Section::text).collect(Collectors.joining(SECTION_BREAK));
    }
}

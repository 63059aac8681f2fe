package org.sleepkb.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One article as the indexer sees it: front matter, the Markdown body, its plain-text sections,
 * and the substances it is linked to (declared in front matter or found in its text).
 *
 * @param substances   every linked substance: its subjects first, then those it mentions by name or
 *                     alias, or through a product that contains them
 * @param subjects     the substances the article is about, as its front matter declares them
 * @param reviewed     null when the article has not been reviewed (no front matter)
 * @param kind         reviewed text, or a promotional text kept for what it claims
 * @param keyPoints    2-5 short sentences for the top of the page, or none
 * @param contentHash  SHA-256 of the file's bytes, so a reindex can skip unchanged files
 */
public record Article(
        String slug,
        String title,
        String summary,
        List<String> topics,
        List<String> substances,
        List<String> subjects,
        EvidenceGrade evidence,
        LocalDate reviewed,
        String editorialNote,
        ArticleKind kind,
        List<String> keyPoints,
        List<Source> sources,
        String markdown,
        List<Section> sections,
        String contentHash) {

    public Article {
        topics = List.copyOf(topics);
        substances = List.copyOf(substances);
        subjects = List.copyOf(subjects);
        kind = kind == null ? ArticleKind.REVIEWED : kind;
        keyPoints = List.copyOf(keyPoints);
        sources = List.copyOf(sources);
        sections = List.copyOf(sections);
    }

    /** True when the article is about {@code substance}, not only mentioning it. */
    public boolean isAbout(String substance) {
        return subjects.contains(substance);
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

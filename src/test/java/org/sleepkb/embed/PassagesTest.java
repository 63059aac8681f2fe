package org.sleepkb.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.ArticleKind;
import org.sleepkb.corpus.EvidenceGrade;
import org.sleepkb.corpus.Heading;
import org.sleepkb.corpus.Section;

class PassagesTest {

    private static Article article(List<Section> sections) {
        return new Article("long-read", "A long read", "What it is about.", List.of("sleep-science"), List.of(), List.of(),
                EvidenceGrade.LOW, LocalDate.of(2026, 1, 1), null, ArticleKind.REVIEWED, List.of(), List.of(), "", sections, "hash");
    }

    private static String sentences(String word, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> "The " + word + " sentence number " + i + " has exactly nine words here.")
                .collect(Collectors.joining(" "));
    }

    @Test
    void aLongSectionIsEmbeddedInWindowsOfWholeSentencesNotTruncated() {
        Heading heading = new Heading(2, "Worry time", "worry-time");
        String body = sentences("worry", 60); // 540 words
        List<Passage> passages = Passages.of(article(List.of(new Section(heading, "Worry time\n" + body))));

        List<Passage> windows = passages.subList(1, passages.size());
        assertTrue(windows.size() >= 5, "540 words need at least five windows: " + windows.size());
        for (Passage window : windows) {
            assertTrue(window.text().startsWith("A long read: Worry time\n"), window.text());
            assertEquals("worry-time", window.anchor());
            String text = window.text().substring(window.text().indexOf('\n') + 1);
            assertTrue(text.split("\\s+").length <= Passages.MAX_WORDS, text);
            assertTrue(text.endsWith("here."), "windows end at a sentence end: " + text);
        }
        String joined = windows.stream().map(w -> w.text().substring(w.text().indexOf('\n') + 1)).collect(Collectors.joining(" "));
        assertEquals(body, joined, "every word of the section is in exactly one window");
    }

    @Test
    void theTitleAndSummaryMakeTheFirstPassage() {
        List<Passage> passages = Passages.of(article(List.of(new Section(null, "Short introduction."))));

        assertEquals(List.of(new Passage("A long read\nWhat it is about.", null),
                new Passage("A long read\nShort introduction.", null)), passages);
    }

    @Test
    void aSentenceLongerThanAWindowIsCutAtWords() {
        String endless = "word ".repeat(Passages.MAX_WORDS * 2 + 10).strip();

        List<String> windows = Passages.windows(endless);

        assertEquals(3, windows.size());
        assertEquals(endless, String.join(" ", windows));
    }
}

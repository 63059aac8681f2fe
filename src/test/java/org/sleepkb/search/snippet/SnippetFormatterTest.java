package org.sleepkb.search.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

    private static final String BODY = "Melatonin tablets are popular sleep aids. They help some problems.\n\n"
            + "What melatonin does\nMelatonin is a hormone the body makes at night.";

    private static Passage passage(int start, int end, String... words) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        int from = start;
        for (String word : words) {
            int at = BODY.indexOf(word, from);
            passage.addMatch(at, at + word.length(), new BytesRef(word.toLowerCase()), 1);
            from = at + word.length();
        }
        return passage;
    }

    private static String html(Passage passage) {
        return ((SnippetFormatter.Snippet) new SnippetFormatter().format(new Passage[] {passage}, BODY)).html();
    }

    @Test
    void aPassageStopsAtTheEndOfTheLineOfItsLastMatchInsteadOfRunningIntoTheNextHeading() {
        int intoTheHeading = BODY.indexOf("What melatonin does") + "What melatonin does".length();

        assertEquals("<mark>Melatonin</mark> tablets are popular sleep aids. They help some problems.",
                html(passage(0, intoTheHeading, "Melatonin")));
    }

    @Test
    void aPassageKeepsToTheSectionOfItsFirstMatch() {
        assertEquals("<mark>Melatonin</mark> tablets are popular sleep aids. They help some problems.",
                html(passage(0, BODY.length(), "Melatonin", "melatonin", "Melatonin")));
    }

    @Test
    void aPassageStartsAtTheLineOfItsFirstMatch() {
        int heading = BODY.indexOf("What melatonin does");

        assertEquals("<mark>Melatonin</mark> is a hormone the body makes at night.",
                html(passage(heading, BODY.length(), "Melatonin")));
    }

    @Test
    void matchesOnSeveralLinesKeepTheLinesBetweenThem() {
        int heading = BODY.indexOf("What melatonin does");

        assertEquals("What <mark>melatonin</mark> does <mark>Melatonin</mark> is a hormone the body makes at night.",
                html(passage(heading, BODY.length(), "melatonin", "Melatonin")));
    }
}

package org.sleepkb.search.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    private static SentenceBreaks over(String text) {
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText(text);
        return breaks;
    }

    @Test
    void aSentenceStartsAfterItsPredecessorsFullStopAndSpace() {
        String text = "Sleep well. Wake up! Really? \"Yes.\" Then go.";
        SentenceBreaks breaks = over(text);
        assertEquals(text.indexOf("Wake"), breaks.following(0));
        assertEquals(text.indexOf("Really"), breaks.following(text.indexOf("Wake")));
        assertEquals(text.indexOf("\"Yes"), breaks.following(text.indexOf("Really")));
        assertEquals(text.indexOf("Then"), breaks.following(text.indexOf("Yes")), "after a closing quote");
        assertEquals(text.indexOf("\"Yes"), breaks.preceding(text.indexOf("Yes") + 1));
        assertEquals(text.indexOf("Really"), breaks.preceding(text.indexOf("\"Yes")));
    }

    @Test
    void anAbbreviationBeforeALowerCaseWordEndsNoSentence() {
        String text = "Some supplements, e.g. melatonin, help. Others do not.";
        assertEquals(text.indexOf("Others"), over(text).following(0));
    }

    @Test
    void aLineBreakEndsASentence() {
        String text = "What it feels like\nPeople describe crawling feelings.";
        assertEquals(text.indexOf("People"), over(text).following(0));
        assertTrue(over(text).isBoundary(text.indexOf("People")));
        assertFalse(over(text).isBoundary(text.indexOf("describe")));
    }

    @Test
    void theTextsEndsAreBoundariesAndBeyondThemIsDone() {
        String text = "One sentence only.";
        SentenceBreaks breaks = over(text);
        assertEquals(text.length(), breaks.following(3));
        assertEquals(BreakIterator.DONE, breaks.following(text.length()));
        assertEquals(0, breaks.preceding(3));
        assertEquals(BreakIterator.DONE, breaks.preceding(0));
        assertEquals(text.length(), breaks.last());
        assertEquals(0, breaks.first());
    }

    @Test
    void whiteSpaceIsWhatTheJdkCallsWhiteSpaceForEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace(c), SentenceBreaks.isWhitespace(c), "character " + (int) c);
        }
        assertEquals(Character.isWhitespace(Character.MAX_VALUE), SentenceBreaks.isWhitespace(Character.MAX_VALUE));
    }

    @Test
    void sentencesStartAfterEveryKindOfWhiteSpaceAndLineBreak() {
        String text = "Rest.\tThen sleep.\u2003Then wake.\r\nBreakfast\u2029follows.";
        SentenceBreaks breaks = over(text);
        assertEquals(text.indexOf("Then sleep"), breaks.following(0));
        assertEquals(text.indexOf("Then wake"), breaks.following(text.indexOf("Then sleep")), "after an em space");
        assertEquals(text.indexOf("Breakfast"), breaks.following(text.indexOf("Then wake")), "after a line break");
        assertEquals(text.length(), breaks.following(text.indexOf("Breakfast")), "a paragraph separator ends no sentence");
        assertEquals(text.indexOf("Then wake"), breaks.preceding(text.indexOf("Breakfast")));
    }
}

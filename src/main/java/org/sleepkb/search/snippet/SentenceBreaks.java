package org.sleepkb.search.snippet;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by looking only at the characters around an offset: a
 * sentence starts after a line break, or after ".", "!" or "?" (and any closing quote or bracket)
 * and a space, unless a lower-case letter follows ("e.g. melatonin"). The JDK's sentence iterator
 * backs up through the text to a safe point on every {@link #preceding} call; with the highlighter
 * asking around every match of every hit, that was a fifth of a search.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    private CharacterIterator iterator = new StringCharacterIterator("");
    private int current;

    @Override
    public int first() {
        return current = 0;
    }

    @Override
    public int last() {
        return current = text.length();
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        return following(current);
    }

    @Override
    public int previous() {
        return preceding(current);
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        int length = text.length();
        for (int i = offset + 1; i < length; i++) {
            if (startsSentence(i)) {
                return current = i;
            }
        }
        current = length;
        return offset < length ? length : DONE;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        for (int i = offset - 1; i > 0; i--) {
            if (startsSentence(i)) {
                return current = i;
            }
        }
        current = 0;
        return offset > 0 ? 0 : DONE;
    }

    @Override
    public boolean isBoundary(int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return offset == 0 || offset == text.length();
        }
        return startsSentence(offset);
    }

    /**
     * Whether a sentence starts at {@code offset} (inside the text, not at its start): a character
     * other than white space after white space that follows a line break or a sentence's last mark.
     */
    private boolean startsSentence(int offset) {
        String t = text;
        if (!isWhitespace(t.charAt(offset - 1)) || isWhitespace(t.charAt(offset))) {
            return false;
        }
        int end = offset - 1;
        while (end >= 0 && isWhitespace(t.charAt(end))) {
            if (t.charAt(end) == '\n') {
                return true;
            }
            end--;
        }
        while (end >= 0 && isCloser(t.charAt(end))) {
            end--;
        }
        return end >= 0 && endsSentence(t.charAt(end)) && !Character.isLowerCase(t.charAt(offset));
    }

    /**
     * A closing quote or bracket, which may stand between a sentence's last mark and the space.
     * (These tests and {@link #isWhitespace} run at every space around every match of every hit,
     * so they avoid searching strings of characters.)
     */
    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u2019' || c == '\u201d';
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /**
     * {@link Character#isWhitespace(char)}, answered without the JDK's character tables for
     * printable ASCII: the highlighter asks about nearly every character around its matches, and
     * nearly all of them are letters, which a sentence boundary never follows.
     */
    static boolean isWhitespace(char c) {
        if (c > ' ' && c < 0x7f) {
            return false;
        }
        return Character.isWhitespace(c);
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return iterator;
    }

    @Override
    public void setText(String newText) {
        text = newText;
        iterator = new StringCharacterIterator(newText);
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        if (newText.getBeginIndex() != 0) {
            throw new IllegalArgumentException("sentence breaks need the text from its first character");
        }
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text of " + text.length() + " characters");
        }
    }
}

package org.sleepkb.embed;

/**
 * A stretch of an article short enough for the sentence model to read whole, with the article's
 * title in front so it stands on its own.
 *
 * @param anchor anchor of the section it comes from, or null for the introduction and the summary
 */
public record Passage(String text, String anchor) {
}

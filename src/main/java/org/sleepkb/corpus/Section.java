package org.sleepkb.corpus;

/**
 * A stretch of an article's plain text that starts at a heading (or at the top, where
 * {@code heading} is null), so a search hit can point to the part of the article that matched.
 */
public record Section(Heading heading, String text) {
}

package org.sleepkb.corpus;

/** A heading of an article body, with the anchor id the rendered page gives it. */
public record Heading(int level, String text, String anchor) {
}

package org.sleepkb.search;

/** The part of an article a hit matched best: its heading text and the anchor to link to. */
public record Section(String anchor, String title) {
}

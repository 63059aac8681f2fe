package org.sleepkb.search;

/**
 * An autocomplete entry.
 *
 * @param kind   {@code article}, {@code topic} or {@code substance}
 * @param target the slug, topic id or substance id it leads to
 */
public record Suggestion(String label, String kind, String target) {
}

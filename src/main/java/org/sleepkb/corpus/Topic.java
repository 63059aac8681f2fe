package org.sleepkb.corpus;

/** One entry of the controlled topic list in {@code topics.yaml}. */
public record Topic(String id, String name, String description) {
}

package org.sleepkb.eval;

/** One document of a BEIR corpus: its id as the qrels name it, its title (possibly empty) and its text. */
public record BeirDocument(String id, String title, String text) {
}

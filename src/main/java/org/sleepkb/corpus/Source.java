package org.sleepkb.corpus;

/** A public source a claim can be traced to. */
public record Source(String title, String publisher, String url) {
}

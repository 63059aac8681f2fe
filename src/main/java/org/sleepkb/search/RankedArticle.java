package org.sleepkb.search;

/** An article's place in a ranking without its display data: what an evaluation run records. */
public record RankedArticle(String slug, float score) {
}

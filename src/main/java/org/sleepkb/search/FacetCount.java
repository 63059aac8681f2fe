package org.sleepkb.search;

/** One value of a facet, with the number of hits it would give and whether it is selected. */
public record FacetCount(String value, String label, long count, boolean selected) {
}

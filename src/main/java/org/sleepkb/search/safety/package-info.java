/**
 * The safety a search answers with, whatever engine answers: beside every hit ({@link org.sleepkb.search.safety.HitSafety}:
 * the evidence grade, each substance's risk, role, key warning and interactions; {@link org.sleepkb.search.safety.Safety}
 * for an article's page) and for the substances a query names (the card, {@link org.sleepkb.search.safety.About}, and
 * their combinations, {@link org.sleepkb.search.safety.Combination}). Part of the seam: it may use {@code corpus} and
 * {@code index} records and Jackson, never Lucene nor another part of {@code search}.
 */
package org.sleepkb.search.safety;

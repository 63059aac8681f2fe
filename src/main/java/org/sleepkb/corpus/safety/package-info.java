/**
 * The safety data of substances and products: a {@link org.sleepkb.corpus.safety.SubstanceProfile} with its risk
 * level, warnings and interactions, the products and their ingredients, substance classes, and the linking of a text
 * to the substances it names by name, alias or product ({@link org.sleepkb.corpus.safety.SubstanceDetector}, also used
 * for queries). It may use Jackson annotations and {@code corpus} (sources); reading files is {@code corpus.read}.
 */
package org.sleepkb.corpus.safety;

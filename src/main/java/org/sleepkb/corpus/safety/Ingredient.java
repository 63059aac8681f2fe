package org.sleepkb.corpus.safety;

/**
 * One active ingredient of a product.
 *
 * @param substance the id of the ingredient's substance profile
 * @param amount    the amount per dose as the label states it, or null where it is not given
 */
public record Ingredient(String substance, String amount) {
}

package org.sleepkb.corpus.safety;

/**
 * A class of substances an interaction may name ({@code classes.yaml}), such as anticoagulants:
 * medicines the corpus has no profile for, but whose combination with a profiled substance matters.
 */
public record SubstanceClass(String id, String name, String description) {
}

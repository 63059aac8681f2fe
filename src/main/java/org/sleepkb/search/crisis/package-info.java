/**
 * Recognises searches that suggest someone may be in danger right now (an overdose, thoughts of
 * suicide or self-harm, someone not breathing, chest pain) and names the helplines to call, in
 * the searcher's language. The phrases, the words that tell languages apart and the helplines are
 * resource files under {@code crisis/}, one per language (docs/crisis.md), so that adding a
 * language or a phrase is an edit of data, not of code.
 */
package org.sleepkb.search.crisis;

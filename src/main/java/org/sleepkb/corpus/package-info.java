/**
 * The records of the knowledge base's articles as editors write them: {@link org.sleepkb.corpus.Article} with its
 * sections, headings, sources and evidence grade, the topics, and the problems a corpus file may have. Reading files
 * is {@code corpus.read}, the safety data of substances {@code corpus.safety}. It may use Jackson annotations and
 * nothing else of the program.
 */
package org.sleepkb.corpus;

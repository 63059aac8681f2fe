/**
 * Reading and validating the corpus folder into a {@link org.sleepkb.corpus.read.Corpus}: articles (YAML front
 * matter and a Markdown body within {@link org.sleepkb.corpus.read.MarkdownLimits}), substance profiles, products and
 * topics, each mistake a {@link org.sleepkb.corpus.Problem} naming its file and line. It may use SnakeYAML,
 * commonmark, {@code corpus} and {@code corpus.safety}.
 */
package org.sleepkb.corpus.read;

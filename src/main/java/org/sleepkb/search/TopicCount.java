package org.sleepkb.search;

import org.sleepkb.corpus.Topic;

/** A topic with the number of articles filed under it. */
public record TopicCount(Topic topic, long articles) {
}

package org.sleepkb.search.rank;

import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.sleepkb.index.Schema;
import org.sleepkb.search.SearchRequest;

/**
 * The order of a list without words. On one topic (a topic's page), the articles that name the
 * topic first in their topic list come first, then those that name it second, and so on: editors
 * list an article's topics from the most central, so "Insomnia" opens with the article on
 * insomnia and CBT-I, not with 5-HTP. Equal places, and lists not on one topic, go by slug.
 */
public final class TopicOrder {

    /** Places in an article's topic list that rank apart; later places rank together, last. */
    static final int PLACES = 3;

    private TopicOrder() {
    }

    /** Every article the request's filters let through, scored by its place in the one topic selected. */
    public static Query browsing(SearchRequest request) {
        Set<String> topics = request.selected(Schema.TOPIC);
        if (topics.size() != 1) {
            return new MatchAllDocsQuery();
        }
        String topic = topics.iterator().next();
        BooleanQuery.Builder order = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.SHOULD);
        for (int place = 0; place < PLACES; place++) {
            Query named = new ConstantScoreQuery(new TermQuery(new Term(Schema.TOPIC_PLACE, Schema.topicPlace(topic, place))));
            order.add(new BoostQuery(named, PLACES - place), Occur.SHOULD);
        }
        return order.build();
    }
}

package org.sleepkb.corpus.read;

import java.util.List;
import java.util.Map;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.Problem;
import org.sleepkb.corpus.Topic;
import org.sleepkb.corpus.safety.Product;
import org.sleepkb.corpus.safety.SubstanceProfile;

/**
 * Everything read from a corpus folder: the valid articles, profiles, products and topics, the
 * synonym rules, and every problem found on the way.
 *
 * @param brokenSlugs slugs whose file exists but could not be read; a reindex keeps their last
 *                    good version instead of deleting it
 * @param sharedHash  hash of everything besides articles that goes into each indexed document
 *                    (profiles, products, topics, synonyms): when it changes, every article is re-indexed
 */
public record Corpus(
        List<Article> articles,
        Map<String, SubstanceProfile> substances,
        Map<String, Product> products,
        List<Topic> topics,
        String synonyms,
        List<Problem> problems,
        List<String> brokenSlugs,
        String sharedHash) {

    public Corpus {
        articles = List.copyOf(articles);
        substances = Map.copyOf(substances);
        products = Map.copyOf(products);
        topics = List.copyOf(topics);
        problems = List.copyOf(problems);
        brokenSlugs = List.copyOf(brokenSlugs);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}

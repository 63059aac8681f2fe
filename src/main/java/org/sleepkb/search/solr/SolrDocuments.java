package org.sleepkb.search.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.sleepkb.io.Json;
import org.sleepkb.corpus.Heading;
import org.sleepkb.corpus.Topic;
import org.sleepkb.index.ArticleDocument;
import org.sleepkb.index.IndexedArticle;
import org.sleepkb.index.Schema;

/**
 * Turns an {@link IndexedArticle} into a Solr document and back: the same fields as the Lucene index
 * ({@link Schema}), the slug as Solr's {@code id}, and the article with its safety data as stored JSON.
 */
final class SolrDocuments {

    static final String ID = "id";
    /** {@value #ARTICLE} for articles, {@value #META} for the one document that describes the reindex. */
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String META = "meta";
    static final String META_ID = "_meta";
    /** {@value #PASSAGE} for the passages of an article, each with its vector ({@link SolrPassages}). */
    static final String PASSAGE = "passage";
    /** {@value #SUGGESTION} for the entries of autocomplete ({@link SolrSuggestions}). */
    static final String SUGGESTION = "suggestion";
    /** The article's kind ({@code ArticleKind}): the Solr schema's {@value #KIND} tells documents apart. */
    static final String ARTICLE_KIND = "article_kind";
    /** The lower-cased title, for autocomplete by prefix and listing without words in title order. */
    static final String TITLE_KEY = "title_key";

    private SolrDocuments() {
    }

    static SolrInputDocument of(IndexedArticle indexed) {
        var article = indexed.article();
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(ID, article.slug());
        doc.setField(KIND, ARTICLE);
        doc.setField(Schema.HASH, article.contentHash());
        doc.setField(Schema.TITLE, article.title());
        doc.setField(TITLE_KEY, article.title().toLowerCase(Locale.ROOT));
        doc.setField(Schema.SUMMARY, article.summary());
        doc.setField(Schema.HEADINGS, article.headings().stream().map(Heading::text).collect(Collectors.joining("\n")));
        doc.setField(Schema.BODY, article.bodyText());
        doc.setField(Schema.TOPIC_NAMES, indexed.topics().stream().map(Topic::name).collect(Collectors.joining("\n")));
        String substanceNames = indexed.substances().stream().map(ArticleDocument::namesOf).collect(Collectors.joining("\n"));
        doc.setField(Schema.SUBSTANCE_NAMES, substanceNames);
        addFacets(doc, indexed);
        doc.setField(Schema.SPELL, article.title() + "\n" + article.bodyText() + "\n" + substanceNames);
        article.subjects().forEach(subject -> doc.addField(Schema.SUBJECT, subject));
        doc.setField(ARTICLE_KIND, article.kind().id());
        doc.setField(Schema.STORED, json(indexed));
        return doc;
    }

    /** The facet values of {@code indexed}'s article, which its passages carry too so that filters narrow both. */
    static void addFacets(SolrInputDocument doc, IndexedArticle indexed) {
        var article = indexed.article();
        article.topics().forEach(topic -> doc.addField(Schema.TOPIC, topic));
        article.substances().forEach(substance -> doc.addField(Schema.SUBSTANCE, substance));
        doc.setField(Schema.EVIDENCE, article.evidence().id());
        doc.setField(Schema.RISK, indexed.highestRisk() == null ? Schema.NO_SUBSTANCE : indexed.highestRisk().id());
    }

    static SolrInputDocument of(SolrIndexMeta meta) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(ID, META_ID);
        doc.setField(KIND, META);
        doc.setField(Schema.STORED, json(meta));
        return doc;
    }

    static IndexedArticle article(SolrDocument doc) {
        return read(doc, IndexedArticle.class);
    }

    static SolrIndexMeta meta(SolrDocument doc) {
        return read(doc, SolrIndexMeta.class);
    }

    private static <T> T read(SolrDocument doc, Class<T> type) {
        try {
            return Json.MAPPER.readValue((String) doc.getFirstValue(Schema.STORED), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored document " + doc.getFirstValue(ID) + " cannot be read", e);
        }
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("always serialisable", e);
        }
    }
}

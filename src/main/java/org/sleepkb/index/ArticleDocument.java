package org.sleepkb.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.sleepkb.io.Json;
import org.sleepkb.corpus.Heading;
import org.sleepkb.corpus.safety.SubstanceProfile;
import org.sleepkb.corpus.Topic;

/** Turns an {@link IndexedArticle} into a Lucene document and back. */
public final class ArticleDocument {

    /**
     * Body text with offsets in the postings, so the highlighter need not re-analyse it, and term
     * vectors, so pseudo-relevance feedback reads the terms of its best hits instead of analysing them.
     */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);
    /** Title text with term vectors, for the same feedback. */
    private static final FieldType TITLE_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.setStoreTermVectors(true);
        BODY_TYPE.freeze();
        TITLE_TYPE.setStoreTermVectors(true);
        TITLE_TYPE.freeze();
    }

    private static final FacetsConfig FACETS = Schema.facetsConfig();

    private ArticleDocument() {
    }

    static Document toDocument(IndexedArticle indexed) throws IOException {
        var article = indexed.article();
        Document doc = new Document();
        doc.add(new StringField(Schema.SLUG, article.slug(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Schema.SLUG, new BytesRef(article.slug())));
        doc.add(new StringField(Schema.HASH, article.contentHash(), Field.Store.YES));
        doc.add(new Field(Schema.TITLE, article.title(), TITLE_TYPE));
        doc.add(new TextField(Schema.SUMMARY, article.summary(), Field.Store.YES));
        doc.add(new TextField(Schema.HEADINGS,
                article.headings().stream().map(Heading::text).collect(Collectors.joining("\n")), Field.Store.NO));
        doc.add(new Field(Schema.BODY, article.bodyText(), BODY_TYPE));
        doc.add(new TextField(Schema.SPELL, article.title() + "\n" + article.bodyText() + "\n"
                + indexed.substances().stream().map(ArticleDocument::namesOf).collect(Collectors.joining("\n")), Field.Store.NO));
        doc.add(new TextField(Schema.TOPIC_NAMES,
                indexed.topics().stream().map(Topic::name).collect(Collectors.joining("\n")), Field.Store.NO));
        doc.add(new TextField(Schema.SUBSTANCE_NAMES, indexed.substances().stream()
                .map(ArticleDocument::namesOf).collect(Collectors.joining("\n")), Field.Store.NO));
        for (String subject : article.subjects()) {
            doc.add(new StringField(Schema.SUBJECT, subject, Field.Store.NO));
        }
        doc.add(new StringField(Schema.KIND, article.kind().id(), Field.Store.NO));
        addFacets(doc, indexed);
        List<String> topics = article.topics();
        for (int position = 0; position < topics.size(); position++) {
            doc.add(new StringField(Schema.TOPIC_PLACE, Schema.topicPlace(topics.get(position), position), Field.Store.NO));
        }
        doc.add(new StoredField(Schema.STORED, Json.MAPPER.writeValueAsBytes(indexed)));
        return FACETS.build(doc);
    }

    /** The facet values an article is filtered and counted by; its passages carry them too. */
    static void addFacets(Document doc, IndexedArticle indexed) {
        var article = indexed.article();
        for (String topic : article.topics()) {
            doc.add(new StringField(Schema.TOPIC, topic, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Schema.TOPIC, topic));
        }
        for (String substance : article.substances()) {
            doc.add(new StringField(Schema.SUBSTANCE, substance, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Schema.SUBSTANCE, substance));
        }
        doc.add(new StringField(Schema.EVIDENCE, article.evidence().id(), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(Schema.EVIDENCE, article.evidence().id()));
        String risk = indexed.highestRisk() == null ? Schema.NO_SUBSTANCE : indexed.highestRisk().id();
        doc.add(new StringField(Schema.RISK, risk, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(Schema.RISK, risk));
    }

    /** A substance's name and aliases, a line each, as the substance-names and spelling fields hold them. */
    public static String namesOf(SubstanceProfile profile) {
        return profile.name() + "\n" + String.join("\n", profile.aliases());
    }

    /** Reads back what {@link #toDocument} stored. */
    public static IndexedArticle fromStored(Document stored) {
        BytesRef bytes = stored.getBinaryValue(Schema.STORED);
        try {
            return Json.MAPPER.readValue(bytes.bytes, bytes.offset, bytes.length, IndexedArticle.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored article " + stored.get(Schema.SLUG) + " cannot be read: "
                    + new String(bytes.bytes, bytes.offset, Math.min(bytes.length, 80), StandardCharsets.UTF_8), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

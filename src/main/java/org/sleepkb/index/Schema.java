package org.sleepkb.index;

import org.apache.lucene.facet.FacetsConfig;

/**
 * The Lucene field names and facet dimensions, in one place. Change {@link #VERSION} whenever a
 * field or the analysis changes: an index of another version is rebuilt in full.
 */
public final class Schema {

    public static final String VERSION = "7";

    /** Unique id of an article; also its file name and URL. */
    public static final String SLUG = "slug";
    /** SHA-256 of the article file, to skip unchanged files on reindex. */
    public static final String HASH = "hash";

    public static final String TITLE = "title";
    public static final String HEADINGS = "headings";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    /** Names of the article's topics, so "insomnia" finds articles filed under it. */
    public static final String TOPIC_NAMES = "topic_names";
    /** Names and aliases of linked substances, so "Benadryl" finds diphenhydramine. */
    public static final String SUBSTANCE_NAMES = "substance_names";

    /**
     * Words of title, headings and body, only lower-cased and folded: the dictionary for
     * "did you mean", whose suggestions must be real words, not stems.
     */
    public static final String SPELL = "spell";

    /** Facet dimensions; each value is also indexed as an exact term for filtering. */
    public static final String TOPIC = "topic";
    public static final String SUBSTANCE = "substance";
    public static final String EVIDENCE = "evidence";
    public static final String RISK = "risk";
    /**
     * An article's place in each of its topics, {@link #topicPlace}: editors list an article's
     * topics from the most central, and a topic's page lists first the articles that name it first.
     */
    public static final String TOPIC_PLACE = "topic_place";

    /** Ids of the substances an article is about (its front matter's {@code substances}), not those it only mentions. */
    public static final String SUBJECT = "subject";
    /** {@code reviewed} or {@code claims}: safety questions list reviewed articles about a substance before claims texts. */
    public static final String KIND = "kind";

    /** The article with its safety data as JSON, so a hit never reads corpus files. */
    public static final String STORED = "stored";

    /**
     * Passage documents: one per passage of an article, holding its vector for semantic search.
     * Article searches never see them ({@link ArticlesOnlyReader}); they carry the article's
     * facet values too, so vector search applies the same filters.
     */
    public static final String PASSAGE_OF = "passage_of";
    /** SHA-256 of the embedding model and the passage text: the key under which its vector is reused. */
    public static final String PASSAGE_KEY = "passage_key";
    /** Anchor of the section a passage comes from, when it has one. */
    public static final String PASSAGE_ANCHOR = "passage_anchor";
    public static final String VECTOR = "vector";

    /** The risk facet's value for articles about no substance (they may still mention some). */
    public static final String NO_SUBSTANCE = "none";

    /** Commit user data keys. */
    public static final String COMMIT_VERSION = "schema_version";
    public static final String COMMIT_SHARED_HASH = "shared_hash";
    public static final String COMMIT_SYNONYMS = "synonyms";
    public static final String COMMIT_TIME = "reindexed_at";
    public static final String COMMIT_PROBLEMS = "problems";
    public static final String COMMIT_CATALOG = "catalog";
    /** Model and passage cut of the stored vectors; empty when the index was built without a model. */
    public static final String COMMIT_EMBEDDINGS = "embeddings";

    private Schema() {
    }

    /** The {@link #TOPIC_PLACE} term of the topic at {@code position} (0-based) of an article's topic list. */
    public static String topicPlace(String topic, int position) {
        return topic + "#" + position;
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(TOPIC, true);
        config.setMultiValued(SUBSTANCE, true);
        return config;
    }
}

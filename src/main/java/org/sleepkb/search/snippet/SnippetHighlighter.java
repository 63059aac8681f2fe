package org.sleepkb.search.snippet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.sleepkb.index.Analyzers;
import org.sleepkb.index.Schema;

/**
 * Lucene's unified highlighter over the body field: the one best passage of about two sentences,
 * as a {@link SnippetFormatter.Snippet} (escaped HTML plus where its first match stands, which
 * locates the section that matched).
 */
public final class SnippetHighlighter extends UnifiedHighlighter {

    /** Passages grow by whole sentences towards this many characters, mostly after the match; the formatter trims longer ones. */
    private static final int PASSAGE_GOAL = 200;

    private static final int MAX_LENGTH = 50_000;

    private final IntFunction<String> bodies;

    /**
     * @param bodies        the body text of a document id, already read with the rest of its hit
     * @param strictPhrases whether a phrase marks its words only where they stand as the phrase.
     *                      Plain words need not: their phrase clauses are the proximity bonus over
     *                      words the query matches anyway (the words of a multi-word synonym are then
     *                      marked wherever they stand), and checking positions costs span queries per hit.
     */
    public SnippetHighlighter(IndexSearcher searcher, FieldInfos fieldInfos, IntFunction<String> bodies, boolean strictPhrases) {
        super(UnifiedHighlighter.builder(searcher, Analyzers.forIndexing())
                .withFormatter(new SnippetFormatter())
                .withScorer(new PassageRanking())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), PASSAGE_GOAL, 0.3f))
                // No match in the body (a title-only hit): no snippet, so the hit shows its summary.
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_LENGTH)
                // Matches found per document by a weight of the whole query cost every hit a rewrite
                // and term lookups in all six fields; body terms extracted once per page are a third cheaper.
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(strictPhrases));
        this.bodies = bodies;
        // Otherwise every page would merge the field infos of every segment again to learn how the body is indexed.
        this.fieldInfos = fieldInfos;
    }

    /** The bodies of the hits, which were decoded already: reading them again would decompress their stored fields a second time. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            String body = bodies.apply(doc);
            values.add(new CharSequence[] {body.length() > MAX_LENGTH ? body.substring(0, MAX_LENGTH) : body});
        }
        return values;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
        return offsetSource == OffsetSource.POSTINGS ? new PagePostings(components) : super.getOffsetStrategy(offsetSource, components);
    }

    /**
     * The body's offsets from its postings, as Lucene's own strategy reads them, but with each
     * term's postings opened once per segment for the whole page and advanced from hit to hit:
     * the highlighter visits the hits in document order, and looking every term up again in the
     * term dictionary and opening new postings for every hit was half of highlighting. A strategy
     * serves one page ({@link #snippets}), so nothing outlives the search.
     */
    private static final class PagePostings extends PostingsOffsetStrategy {

        /** Per segment (its body terms): each term's postings, null where the segment lacks the term. */
        private final Map<Terms, Map<BytesRef, PostingsEnum>> opened = new IdentityHashMap<>();
        private final Map<Terms, Integer> lastDoc = new IdentityHashMap<>();

        PagePostings(UHComponents components) {
            super(components);
        }

        @Override
        protected void createOffsetsEnumsForTerms(BytesRef[] sourceTerms, Terms termsIndex, int doc, List<OffsetsEnum> results)
                throws IOException {
            Integer previous = lastDoc.put(termsIndex, doc);
            if (previous != null && previous >= doc) {
                // Not in document order after all: postings cannot go back, so open them afresh.
                opened.remove(termsIndex);
            }
            Map<BytesRef, PostingsEnum> postings = opened.computeIfAbsent(termsIndex, terms -> new HashMap<>());
            TermsEnum termsEnum = null;
            for (BytesRef term : sourceTerms) {
                PostingsEnum termPostings = postings.get(term);
                if (termPostings == null) {
                    if (postings.containsKey(term)) {
                        continue;
                    }
                    if (termsEnum == null) {
                        termsEnum = termsIndex.iterator();
                    }
                    termPostings = termsEnum.seekExact(term) ? termsEnum.postings(null, PostingsEnum.OFFSETS) : null;
                    postings.put(term, termPostings);
                    if (termPostings == null) {
                        continue;
                    }
                }
                // Positioned on an earlier hit: advance. On this one already (an earlier advance stopped here): use it.
                int at = termPostings.docID() < doc ? termPostings.advance(doc) : termPostings.docID();
                if (at == doc) {
                    results.add(new OffsetsEnum.OfPostings(term, termPostings));
                }
            }
        }
    }

    /**
     * Lucene's passage score, computed the same way (the same terms summed in the same order, so
     * the same passages win) without the hash table of 32 KB blocks its default builds for every
     * passage considered, which was a fifth of highlighting.
     */
    private static final class PassageRanking extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = new BytesRef[matches];
            int[] inPassage = new int[matches];
            int[] inDocument = new int[matches];
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                BytesRef term = passage.getMatchTerms()[i];
                int index = 0;
                while (index < distinct && !terms[index].bytesEquals(term)) {
                    index++;
                }
                if (index == distinct) {
                    terms[distinct++] = term;
                    inDocument[index] = passage.getMatchTermFreqsInDoc()[i];
                }
                inPassage[index]++;
            }
            double score = 0d;
            for (int i = 0; i < distinct; i++) {
                score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDocument[i]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    }

    /** One snippet per document id, in order; an entry is null when the body has no match. */
    public Object[] snippets(Query query, int[] docIds) throws IOException {
        Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {Schema.BODY}, query, docIds, new int[] {1});
        return byField.get(Schema.BODY);
    }
}

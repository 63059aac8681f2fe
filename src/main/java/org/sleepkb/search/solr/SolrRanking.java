package org.sleepkb.search.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.sleepkb.corpus.ArticleKind;
import org.sleepkb.index.Schema;
import org.sleepkb.search.rank.Fusion;
import org.sleepkb.search.rank.RelevanceCut;
import org.sleepkb.search.rank.SafetyQuestion;

/**
 * The ranking of a search on Solr: the words' ranking (edismax, with the embedded engine's feedback and widening,
 * {@link SolrFeedback}), fused with the ranking by meaning when the engine
 * has a sentence model ({@link SolrMeaning}), then the embedded engine's own steps after ranking: a safety question
 * lists the reviewed articles about the named substances first ({@link SafetyQuestion}), a crisis its help articles,
 * and the list ends where relevance does ({@link RelevanceCut}).
 */
final class SolrRanking {

    /** Lexical hits that take part in the fusion, as in the embedded engine. */
    private static final int FUSION_DEPTH = 100;

    private final CurrentCollection current;
    private final Optional<SolrMeaning> meaning;

    SolrRanking(CurrentCollection current, Optional<SolrMeaning> meaning) {
        this.current = current;
        this.meaning = meaning;
    }

    /**
     * The best {@code depth} articles for {@code text}, best first.
     *
     * @param matches    every article that matches, by words or by meaning (those past {@code depth} too)
     * @param byWords    the articles that match by words
     * @param fused      true when the scores are those of words and meaning fused
     * @param respelling the query respelt, when asked for and Solr's spellcheck found one that finds articles; or null
     */
    record Ranked(List<Fusion.Scored<String>> docs, long matches, long byWords, Set<String> relevant, boolean fused,
                  SolrRespelling.Respelling respelling) {

        List<String> slugs() {
            return docs.stream().map(Fusion.Scored::key).toList();
        }

        Ranked with(List<Fusion.Scored<String>> reordered) {
            return new Ranked(reordered, matches, byWords, relevant, fused, respelling);
        }
    }

    /** The ranking of {@code text}, with Solr's respelling of it when {@code respell}. */
    Ranked rank(String text, int depth, boolean respell) {
        SolrMeaning.Matches semantic = meaning.map(m -> m.match(text, depth)).orElse(null);
        int lexicalDepth = semantic == null ? depth : Math.max(depth, FUSION_DEPTH) + semantic.relevant().size();
        SolrQuery query = SolrQueries.words(text);
        SolrFeedback.apply(query, text, current::query);
        query.setRows(lexicalDepth);
        query.setFields(SolrDocuments.ID, "score");
        if (respell) {
            SolrRespelling.ask(query);
        }
        QueryResponse response = current.query(query);
        long byWords = response.getResults().getNumFound();
        SolrRespelling.Respelling respelling = respell ? SolrRespelling.of(response, current.meta().catalog()) : null;
        List<Fusion.Scored<String>> words = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            words.add(new Fusion.Scored<>((String) doc.getFirstValue(SolrDocuments.ID), ((Number) doc.getFirstValue("score")).floatValue()));
        }
        if (semantic == null) {
            return new Ranked(words.subList(0, Math.min(depth, words.size())), byWords, byWords, Set.of(), false, respelling);
        }
        List<Fusion.Scored<String>> fused = meaning.get().fuse(semantic, words);
        Set<String> found = new HashSet<>(words.stream().map(Fusion.Scored::key).toList());
        long onlyByMeaning = semantic.relevant().stream().filter(slug -> !found.contains(slug)).count();
        return new Ranked(fused.subList(0, Math.min(depth, fused.size())), byWords + onlyByMeaning, byWords,
                semantic.relevant(), true, respelling);
    }

    /** {@code ranked} with the reviewed articles about {@code substances} before claims texts ({@link SafetyQuestion}). */
    Ranked reviewedFirst(Ranked ranked, Set<String> substances) {
        if (ranked.docs().size() < 2 || substances.isEmpty()) {
            return ranked;
        }
        SolrQuery query = SolrQueries.articles("{!terms f=" + SolrDocuments.ID + " v=$slugs}");
        query.set("slugs", String.join(",", ranked.slugs()));
        query.setRows(ranked.docs().size());
        query.setFields(SolrDocuments.ID, SolrDocuments.ARTICLE_KIND, Schema.SUBJECT);
        Map<String, SolrDocument> found = new HashMap<>();
        current.query(query).getResults().forEach(doc -> found.put((String) doc.getFirstValue(SolrDocuments.ID), doc));
        int n = ranked.docs().size();
        boolean[] claims = new boolean[n];
        boolean[] about = new boolean[n];
        for (int i = 0; i < n; i++) {
            SolrDocument doc = found.get(ranked.docs().get(i).key());
            if (doc != null) {
                claims[i] = ArticleKind.CLAIMS.id().equals(doc.getFirstValue(SolrDocuments.ARTICLE_KIND));
                Collection<Object> subjects = doc.getFieldValues(Schema.SUBJECT);
                about[i] = subjects != null && subjects.stream().anyMatch(substances::contains);
            }
        }
        ScoreDoc[] reordered = SafetyQuestion.reviewedFirst(scoreDocs(ranked.docs()), claims, about);
        return ranked.with(scored(reordered, ranked.docs()));
    }

    /** {@code ranked} with the articles {@code first} at its head, scored as its best, at most {@code depth}. */
    static Ranked before(Ranked ranked, List<String> first, int depth) {
        if (first.isEmpty()) {
            return ranked;
        }
        float best = ranked.docs().stream().map(Fusion.Scored::score).max(Float::compare).orElse(0f);
        Set<String> heads = new LinkedHashSet<>(first);
        List<Fusion.Scored<String>> docs = new ArrayList<>();
        heads.forEach(slug -> docs.add(new Fusion.Scored<>(slug, best)));
        ranked.docs().stream().filter(doc -> !heads.contains(doc.key())).forEach(docs::add);
        return ranked.with(docs.subList(0, Math.min(depth, docs.size())));
    }

    /** The articles of {@code ranked} before the point where relevance ends. */
    static List<Fusion.Scored<String>> listed(Ranked ranked) {
        return ranked.docs().subList(0, RelevanceCut.listed(scoreDocs(ranked.docs()), ranked.fused()));
    }

    private static ScoreDoc[] scoreDocs(List<Fusion.Scored<String>> docs) {
        ScoreDoc[] scoreDocs = new ScoreDoc[docs.size()];
        for (int i = 0; i < scoreDocs.length; i++) {
            scoreDocs[i] = new ScoreDoc(i, docs.get(i).score());
        }
        return scoreDocs;
    }

    private static List<Fusion.Scored<String>> scored(ScoreDoc[] docs, List<Fusion.Scored<String>> by) {
        List<Fusion.Scored<String>> scored = new ArrayList<>(docs.length);
        for (ScoreDoc doc : docs) {
            scored.add(new Fusion.Scored<>(by.get(doc.doc).key(), doc.score));
        }
        return scored;
    }
}

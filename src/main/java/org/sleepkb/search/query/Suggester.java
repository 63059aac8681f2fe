package org.sleepkb.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.sleepkb.corpus.safety.SubstanceProfile;
import org.sleepkb.index.Catalog;
import org.sleepkb.index.Schema;
import org.sleepkb.search.Suggestion;

/**
 * Autocomplete over article titles, topic names and substance names and aliases. Matches inside
 * words too ("theanine" finds "L-theanine"); matches at the start of a word rank first.
 */
public final class Suggester {

    private record Entry(String label, String folded, String kind, String target) {
    }

    private final List<Entry> entries;

    private Suggester(List<Entry> entries) {
        this.entries = entries;
    }

    public static Suggester of(IndexReader reader, Catalog catalog) throws IOException {
        List<Entry> entries = new ArrayList<>();
        catalog.topics().forEach(t -> entries.add(entry(t.name(), "topic", t.id())));
        for (SubstanceProfile substance : catalog.substances()) {
            entries.add(entry(substance.name(), "substance", substance.id()));
            substance.aliases().forEach(alias -> entries.add(entry(alias, "substance", substance.id())));
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document fields = stored.document(doc, Set.of(Schema.TITLE, Schema.SLUG));
                    entries.add(entry(fields.get(Schema.TITLE), "article", fields.get(Schema.SLUG)));
                }
            }
        }
        return new Suggester(List.copyOf(entries));
    }

    private static Entry entry(String label, String kind, String target) {
        return new Entry(label, fold(label), kind, target);
    }

    static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public List<Suggestion> suggest(String prefix, int limit) {
        String wanted = fold(prefix.strip());
        if (wanted.isEmpty()) {
            return List.of();
        }
        record Scored(Entry entry, int rank) {
        }
        List<Scored> matches = new ArrayList<>();
        for (Entry entry : entries) {
            int at = entry.folded().indexOf(wanted);
            if (at >= 0) {
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(entry.folded().charAt(at - 1));
                matches.add(new Scored(entry, at == 0 ? 0 : wordStart ? 1 : 2));
            }
        }
        return matches.stream()
                .sorted(Comparator.comparingInt(Scored::rank)
                        .thenComparing(s -> !s.entry().kind().equals("article"))
                        .thenComparingInt(s -> s.entry().label().length())
                        .thenComparing(s -> s.entry().label()))
                .map(s -> new Suggestion(s.entry().label(), s.entry().kind(), s.entry().target()))
                .distinct()
                .limit(limit)
                .toList();
    }
}

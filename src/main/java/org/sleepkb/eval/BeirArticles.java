package org.sleepkb.eval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sleepkb.corpus.Article;
import org.sleepkb.corpus.ArticleKind;
import org.sleepkb.corpus.EvidenceGrade;
import org.sleepkb.corpus.Section;

/**
 * Turns BEIR documents into articles, so the benchmark is indexed by the product's own indexer:
 * the title becomes the title, the text the body. Document ids become valid slugs, and the
 * mapping back is kept for the run file.
 */
final class BeirArticles {

    private final Map<String, String> docIdOfSlug = new HashMap<>();
    private final Map<String, String> slugOfDocId = new HashMap<>();
    private final Map<String, Article> articles = new LinkedHashMap<>();

    BeirArticles(List<BeirDocument> documents) {
        for (BeirDocument doc : documents) {
            String slug = uniqueSlug(doc.id());
            docIdOfSlug.put(slug, doc.id());
            slugOfDocId.put(doc.id(), slug);
            articles.put(slug, new Article(slug, doc.title(), "", List.of(), List.of(), List.of(), EvidenceGrade.UNRATED, null, null,
                    ArticleKind.REVIEWED, List.of(), List.of(), doc.text(), List.of(new Section(null, doc.text())), doc.id()));
        }
    }

    List<Article> articles() {
        return List.copyOf(articles.values());
    }

    String docId(String slug) {
        return docIdOfSlug.get(slug);
    }

    String slug(String docId) {
        return slugOfDocId.get(docId);
    }

    private String uniqueSlug(String docId) {
        String base = docId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        String slug = base;
        for (int n = 2; docIdOfSlug.containsKey(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}

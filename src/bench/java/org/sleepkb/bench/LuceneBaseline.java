package org.sleepkb.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.sleepkb.corpus.Article;

/**
 * The reference every figure is compared with: plain Lucene over the same articles, one text
 * field (title, summary and body) with {@link StandardAnalyzer}, BM25, the top ten slugs read
 * back, and nothing else: no field weights, synonyms, respelling, feedback, highlighting, facets
 * or safety data. What sleepkb costs on top of this is what its features cost.
 */
public final class LuceneBaseline implements Closeable {

    private static final String TEXT = "text";
    private static final String SLUG = "slug";

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    private LuceneBaseline(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the baseline index at {@code path}, built before with {@link #build}. */
    public static LuceneBaseline open(Path path) throws IOException {
        return new LuceneBaseline(FSDirectory.open(path));
    }

    public static boolean exists(Path path) throws IOException {
        try (Directory directory = FSDirectory.open(path)) {
            return DirectoryReader.indexExists(directory);
        }
    }

    /** Writes a fresh baseline index of {@code articles} at {@code path}. */
    public static void build(Path path, List<Article> articles) throws IOException {
        try (Directory directory = FSDirectory.open(path);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64))) {
            for (Article article : articles) {
                writer.addDocument(toDocument(article));
            }
            writer.commit();
        }
    }

    static Document toDocument(Article article) {
        Document doc = new Document();
        doc.add(new StoredField(SLUG, article.slug()));
        doc.add(new TextField(TEXT, article.title() + "\n" + article.summary() + "\n" + article.bodyText(), Field.Store.NO));
        return doc;
    }

    /** The slugs of the ten best matches; what a person typed is taken as plain words. */
    public List<String> search(String query) throws IOException {
        TopDocs top;
        try {
            top = searcher.search(new QueryParser(TEXT, analyzer).parse(QueryParser.escape(query)), 10);
        } catch (ParseException e) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        List<String> slugs = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            slugs.add(stored.document(hit.doc).get(SLUG));
        }
        return slugs;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}

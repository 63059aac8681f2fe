package org.sleepkb.search.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;

/**
 * The configset of one collection: schema and solrconfig from this package's resources, the corpus's synonym rules
 * as they were at the reindex, and the stop words of the embedded engine's analysis. Each collection gets its own,
 * so the synonyms a collection answers with change only when the alias moves.
 */
final class Configset {

    private static final String[] FIXED = {"schema.xml", "solrconfig.xml", "elevate.xml"};

    private Configset() {
    }

    /** Uploads the configset {@code name} with {@code synonyms} (Solr's format, as corpus/synonyms.txt). */
    static void upload(SolrNodes nodes, String name, String synonyms) throws IOException {
        Path zip = Files.createTempFile("sleepkb-configset", ".zip");
        try {
            Files.write(zip, zip(files(synonyms)));
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
            upload.setConfigSetName(name);
            upload.setUploadFile(zip.toFile(), "application/octet-stream");
            nodes.send(upload, null);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    static void delete(SolrNodes nodes, String name) throws IOException {
        ConfigSetAdminRequest.Delete delete = new ConfigSetAdminRequest.Delete();
        delete.setConfigSetName(name);
        nodes.send(delete, null);
    }

    static Map<String, byte[]> files(String synonyms) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : FIXED) {
            try (InputStream in = Configset.class.getResourceAsStream("configset/" + name)) {
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.put("synonyms.txt", synonyms.getBytes(StandardCharsets.UTF_8));
        files.put("stopwords.txt", stopWords().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** The embedded analysis's stop words, one a line (Lucene's English set, as {@code EnglishTextAnalyzer}). */
    private static String stopWords() {
        CharArraySet words = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        return words.stream().map(word -> new String((char[]) word)).sorted().collect(Collectors.joining("\n", "", "\n"));
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

package org.sleepkb.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sleepkb.io.Json;

/**
 * One split of a dataset in the BEIR layout: {@code corpus.jsonl} ({@code _id}, {@code title},
 * {@code text}), {@code queries.jsonl} ({@code _id}, {@code text}) and {@code qrels/<split>.tsv}.
 * Only the queries the split judges are kept.
 */
public record BeirDataset(String name, String split, List<BeirDocument> documents, Map<String, String> queries, Qrels qrels) {

    public BeirDataset {
        documents = List.copyOf(documents);
        queries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(queries));
    }

    /** @throws EvalInputException when a file is missing or a line cannot be read, naming which */
    public static BeirDataset read(Path folder, String split) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new EvalInputException(folder + " is not a folder; pass a BEIR dataset folder with --beir");
        }
        Path qrelsFile = folder.resolve("qrels").resolve(split + ".tsv");
        Qrels qrels = Qrels.read(existing(qrelsFile));
        List<BeirDocument> documents = new ArrayList<>();
        readJsonLines(existing(folder.resolve("corpus.jsonl")), (node, where) -> documents.add(
                new BeirDocument(required(node, "_id", where), node.path("title").asText(""), node.path("text").asText(""))));
        Map<String, String> queries = new LinkedHashMap<>();
        readJsonLines(existing(folder.resolve("queries.jsonl")), (node, where) -> {
            String id = required(node, "_id", where);
            if (qrels.judgements().containsKey(id)) {
                queries.put(id, node.path("text").asText(""));
            }
        });
        List<String> unknown = qrels.judgements().keySet().stream().filter(q -> !queries.containsKey(q)).toList();
        if (!unknown.isEmpty()) {
            throw new EvalInputException(qrelsFile + " judges " + unknown.size() + " queries missing from queries.jsonl, e.g. "
                    + unknown.get(0));
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return new BeirDataset(name == null ? "dataset" : name.toString(), split, documents, queries, qrels);
    }

    private interface LineHandler {
        void accept(JsonNode node, String where);
    }

    private static void readJsonLines(Path file, LineHandler handler) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file.getFileName() + " line " + number;
                try {
                    handler.accept(Json.MAPPER.readTree(line), where);
                } catch (JsonProcessingException e) {
                    throw new EvalInputException(where + " is not valid JSON: " + e.getOriginalMessage());
                }
            }
        }
    }

    private static String required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new EvalInputException(where + " has no `" + field + "`");
        }
        return value.asText();
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new EvalInputException(file + " is missing; a BEIR folder holds corpus.jsonl, queries.jsonl and qrels/<split>.tsv");
        }
        return file;
    }
}

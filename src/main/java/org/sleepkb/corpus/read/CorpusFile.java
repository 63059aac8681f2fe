package org.sleepkb.corpus.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.sleepkb.corpus.Problem;

/**
 * Reads one corpus file as text, refusing what an editor's text file should never be: too large,
 * binary, not UTF-8, empty, or a link that leads out of the corpus.
 */
final class CorpusFile {

    static final long MAX_BYTES = 1024 * 1024;

    private final Path root;

    CorpusFile(Path root) {
        this.root = root;
    }

    /**
     * The name problems use: the path relative to the corpus folder, with forward slashes, and
     * control characters written as {@code \\uXXXX}, so that a file named with a line break cannot
     * forge a line in the log or the command's output.
     */
    String name(Path file) {
        return printable(root.relativize(file).toString().replace('\\', '/'));
    }

    /** {@code text} with its control characters written as {@code \\uXXXX}. */
    static String printable(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL) {
                escaped.append(String.format("\\u%04X", c));
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }

    record Text(String content, byte[] bytes) {
        String sha256() {
            return CorpusFile.sha256(bytes);
        }
    }

    Optional<Text> read(Path file, List<Problem> problems) {
        String name = name(file);
        try {
            if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                problems.add(Problem.error(name, 0, "is a link to " + Files.readSymbolicLink(file)
                        + ", which does not exist; fix the link or delete it"));
                return Optional.empty();
            }
            if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(root.toRealPath())) {
                problems.add(Problem.error(name, 0, "is a link to a file outside the corpus folder; copy the file into the corpus instead"));
                return Optional.empty();
            }
            if (!Files.isRegularFile(file)) {
                problems.add(Problem.error(name, 0, "is not a regular file"));
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(Problem.error(name, 0, "is " + size + " bytes; files over 1 MiB are refused, split the article"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    problems.add(Problem.error(name, lineAt(bytes, i), "looks like a binary file (it contains a NUL byte); save it as UTF-8 text"));
                    return Optional.empty();
                }
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            String content;
            try {
                content = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(buffer).toString();
            } catch (CharacterCodingException e) {
                problems.add(Problem.error(name, lineAt(bytes, buffer.position()), "is not valid UTF-8; save it with UTF-8 encoding"));
                return Optional.empty();
            }
            if (content.startsWith("\uFEFF")) {
                content = content.substring(1);
            }
            content = content.replace("\r\n", "\n");
            if (content.isBlank()) {
                problems.add(Problem.error(name, 0, "is empty; write the article or delete the file"));
                return Optional.empty();
            }
            return Optional.of(new Text(content, bytes));
        } catch (IOException e) {
            problems.add(Problem.error(name, 0, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

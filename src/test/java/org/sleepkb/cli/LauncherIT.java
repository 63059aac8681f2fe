package org.sleepkb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepkb.TestCorpus;

/**
 * {@code bin/sleepkb} as people run it, on the jar that {@code package} built (so an integration
 * test: failsafe runs it after {@code package}): a real process started from another folder.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/sleepkb").toAbsolutePath();
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern ISO_ACCESS_LINE = Pattern.compile(
            "(?m)^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) \\[[^]]+] INFO sleepkb\\.access - GET /health 200 \\d+ ms$");

    @Test
    void serveStartsTheJvmInPlaceOfTheShellAndAnswersHealthOnThePortFromTheEnvironment(@TempDir Path dir) throws Exception {
        int port = freePort();
        Path log = dir.resolve("serve.log");
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "serve",
                "--corpus", TestCorpus.FIXTURE.toAbsolutePath().toString(), "--index", dir.resolve("index").toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SLEEPKB_PORT", Integer.toString(port));
        Process server = builder.start();
        try {
            HttpResponse<String> health = awaitHealth(server, port, log);

            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"articles\""), health.body());
            String command = server.info().command().orElse("");
            assertTrue(command.endsWith("/java"), "the shell exec'd the JVM, so the process started is the JVM: " + command);
            assertEquals(200, get(port, "/api/search?q=privatewords").statusCode());
            String output = awaitLine(log, "search by meaning is ready");
            assertFalse(output.contains("[warning][cds"),
                    "the class archive is found beside the jar whichever folder the launcher starts in:\n" + output);
            assertTrue(ISO_ACCESS_LINE.matcher(output).find(), "an ISO timestamp and method, route, status, ms:\n" + output);
            assertTrue(output.contains(" INFO sleepkb.access - GET /api/search 200 "), output);
            assertFalse(output.contains("privatewords"), "the access log holds no query text:\n" + output);
        } finally {
            server.destroy(); // SIGTERM, to the JVM itself
            assertTrue(server.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the JVM stops on SIGTERM");
        }
    }

    @Test
    void withoutJavaItSaysSoAndFails() throws Exception {
        Result result = run(Map.of("PATH", "/nonexistent"), Set.of("JAVA_HOME"));

        assertEquals(1, result.code());
        assertEquals("sleepkb: no Java found: install a JDK 17 or later, or set JAVA_HOME to one\n", result.output());
    }

    @Test
    void aJavaHomeWithoutJavaIsNamed(@TempDir Path dir) throws Exception {
        Result result = run(Map.of("JAVA_HOME", dir.toString()), Set.of());

        assertEquals(1, result.code());
        assertTrue(result.output().contains("JAVA_HOME is " + dir + ", but " + dir + "/bin/java is not there"), result.output());
    }

    @Test
    void aJavaOlderThan17IsRefusedWithItsVersion(@TempDir Path dir) throws Exception {
        Path java = Files.createDirectories(dir.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'java version \"1.8.0_392\"' >&2\n");
        assertTrue(java.toFile().setExecutable(true));

        Result result = run(Map.of("JAVA_HOME", dir.toString()), Set.of());

        assertEquals(1, result.code());
        assertTrue(result.output().contains("sleepkb needs Java 17 or later, but " + java + " is version 1.8.0_392"), result.output());
    }

    private record Result(int code, String output) {
    }

    /** Runs {@code sh bin/sleepkb --version} with the given environment changes. */
    private static Result run(Map<String, String> set, Set<String> removed) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", LAUNCHER.toString(), "--version").redirectErrorStream(true);
        builder.environment().keySet().removeAll(removed);
        builder.environment().putAll(set);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        return new Result(process.exitValue(), output);
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The server's output once it holds {@code line}. */
    private static String awaitLine(Path log, String line) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String output = Files.readString(log);
            if (output.contains(line)) {
                return output;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no line `" + line + "` within " + PATIENCE + ":\n" + Files.readString(log));
    }

    private static HttpResponse<String> awaitHealth(Process server, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped (exit " + server.exitValue() + "):\n" + Files.readString(log));
            }
            try {
                return get(port, "/health");
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("no answer from /health within " + PATIENCE + ":\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.techbroker.liberty.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A Liberty server that the crash test runs as a process of its own with {@code server run}, so
 * that it can kill the server's JVM outright (SIGKILL: no shutdown hook, no orderly close of the
 * database, exactly what a power cut of the process looks like) and start it again on the same
 * database.
 *
 * <p>The build creates the server (liberty-maven-plugin, pre-integration-test) with its ports; this
 * class deploys the archive it is given and chooses the database: the server.xml default (the
 * embedded H2 file in the server's output folder, which is what is under test) unless a URL is
 * given.
 */
final class CrashServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Path wlp;
    private final String name;
    private final Path serverDir;
    private final URL base;
    private final Map<String, String> database;
    private final Path logDir;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int runs;

    CrashServer(Path wlp, String name, int httpPort, Map<String, String> database, Path logDir) {
        this.wlp = wlp;
        this.name = name;
        this.serverDir = wlp.resolve("usr/servers").resolve(name);
        this.database = database;
        this.logDir = logDir;
        try {
            this.base = URI.create("http://localhost:" + httpPort + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(serverDir.resolve("server.xml"))
                .as("the build creates the crash test's server %s", name)
                .exists();
    }

    URL base() {
        return base;
    }

    /**
     * Forgets every earlier run (its database, logs and work area) and deploys the archive, at the
     * context root the application names itself.
     */
    void prepare(WebArchive application) throws IOException {
        for (String folder : List.of("data", "logs", "workarea", "apps")) {
            deleteTree(serverDir.resolve(folder));
        }
        Files.createDirectories(serverDir.resolve("apps"));
        application
                .as(ZipExporter.class)
                .exportTo(serverDir.resolve("apps/techbroker.war").toFile(), true);
        Files.createDirectories(serverDir.resolve("configDropins/overrides"));
        Files.writeString(
                serverDir.resolve("configDropins/overrides/crash-application.xml"), """
                <server>
                    <webApplication id="techbroker" name="techbroker" location="techbroker.war"/>
                </server>
                """, StandardCharsets.UTF_8);
        Files.createDirectories(logDir);
    }

    /** Starts the server and waits until it is ready (database reachable and migrated). */
    void start() throws IOException, InterruptedException {
        assertThat(process == null || !process.isAlive()).isTrue();
        runs++;
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve("run-" + runs + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // Only what this test chooses reaches the server: never a database of the caller's environment.
        env.keySet().removeIf(key -> key.startsWith("TECHBROKER_") || key.equals("JAVA_CMD_LOG"));
        env.putAll(database);
        process = builder.start();
        waitUntilReady();
    }

    /**
     * Kills the server's JVM with SIGKILL and waits for it to be gone. {@code server run} replaces
     * its shell with the JVM ({@code exec}), so the process started is the JVM itself; this is
     * checked rather than assumed, since killing a wrapper script would leave the server running.
     */
    void kill() throws InterruptedException {
        ProcessHandle jvm = process.toHandle();
        String command = jvm.info().command().orElse("");
        assertThat(command)
                .as("the process started by `server run` is the server's JVM")
                .endsWith("/java");
        assertThat(jvm.destroyForcibly()).isTrue();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // 128 + 9: the JVM died of SIGKILL, without running a shutdown hook.
        assertThat(process.exitValue()).as("exit status of the killed JVM").isEqualTo(137);
    }

    /** Stops the server in an orderly way (at the end of the test), or kills it if that fails. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            Process stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name)
                    .redirectErrorStream(true)
                    .redirectOutput(logDir.resolve("stop.log").toFile())
                    .start();
            stop.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            // Falls through to the kill below.
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The end of the server's messages.log, for a failure message. */
    String messagesTail() {
        Path messages = serverDir.resolve("logs/messages.log");
        try {
            List<String> lines = Files.readAllLines(messages, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no messages.log: " + e.getMessage() + ")";
        }
    }

    private void waitUntilReady() throws InterruptedException {
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (Instant.now().isBefore(giveUp)) {
            assertThat(process.isAlive())
                    .as("the server process ended while starting:\n%s", messagesTail())
                    .isTrue();
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The server was not ready within " + START_TIMEOUT + ":\n" + messagesTail());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

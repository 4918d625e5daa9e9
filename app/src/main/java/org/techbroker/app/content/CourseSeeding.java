package org.techbroker.app.content;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.techbroker.app.database.DatabaseReady;
import org.techbroker.courses.content.CourseImportException;
import org.techbroker.courses.content.CourseImportSet.SourceFile;
import org.techbroker.courses.content.CourseImporter;
import org.techbroker.courses.content.ImportProblem;
import org.techbroker.courses.content.ImportReport;

/**
 * Gives every new training centre a real catalogue: at start-up, in demo and production mode
 * alike, the course files under {@code content/courses/} are imported, but only those whose code
 * the catalogue does not hold yet. A course already stored is never overwritten at start-up: its
 * authors may have edited it since.
 *
 * <p>The files are named in {@code content/courses/index.txt} rather than found by listing the
 * folder, which inside a server depends on how the application is deployed (a folder, a WAR, a
 * bundle). The whole set is validated first; if any file breaks the format, nothing is seeded and
 * the problems are logged once. Seeding never stops the server: without the catalogue, everything
 * else still works, and an administrator can import the courses later.
 */
@ApplicationScoped
public class CourseSeeding {

    /** Observers of {@link DatabaseReady} that need the catalogue (item seeding, demo data) come later. */
    public static final int PRIORITY = jakarta.interceptor.Interceptor.Priority.APPLICATION + 100;

    private static final Logger LOG = Logger.getLogger(CourseSeeding.class.getName());

    static final String FOLDER = "content/courses/";
    static final String INDEX = FOLDER + "index.txt";

    @Inject
    CourseImporter importer;

    @ActivateRequestContext
    void onDatabaseReady(@Observes @Priority(PRIORITY) DatabaseReady ready) {
        long started = System.nanoTime();
        try {
            ImportReport report = importer.importNew(seedFiles());
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "Course catalogue: " + report.count(ImportReport.Outcome.CREATED) + " courses seeded ("
                    + report.lessonsWritten() + " lessons, " + report.itemsWritten() + " practice items), "
                    + report.count(ImportReport.Outcome.SKIPPED) + " already there, in " + millis + " ms");
            if (!report.warnings().isEmpty()) {
                LOG.warning(
                        () -> "Course catalogue: the seed files break editorial rules:\n" + lines(report.warnings()));
            }
        } catch (CourseImportException e) {
            LOG.severe(() ->
                    "Course catalogue not seeded: the seed files break the course format:\n" + lines(e.problems()));
        } catch (RuntimeException e) {
            // Another server starting against the same database may have seeded the same course a
            // moment earlier; whatever the cause, the server is more useful running than not.
            LOG.log(Level.SEVERE, "Course catalogue not seeded", e);
        }
    }

    /** The seed files named by the index, in its order. */
    public static List<SourceFile> seedFiles() {
        List<SourceFile> files = new ArrayList<>();
        for (String name : index()) {
            try (InputStream in = resource(FOLDER + name)) {
                files.add(new SourceFile("courses/" + name, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The file names listed in the index: one per line, blank lines and {@code #} comments ignored. */
    static List<String> index() {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(resource(INDEX), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = CourseSeeding.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing from the application: " + name);
        }
        return in;
    }

    private static String lines(List<ImportProblem> problems) {
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}

package org.techbroker.app.content;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.techbroker.app.database.DatabaseReady;
import org.techbroker.certification.exam.bank.ItemBank;
import org.techbroker.certification.exam.bank.ItemBankException;
import org.techbroker.certification.exam.bank.ItemImportReport;
import org.techbroker.certification.exam.bank.ItemImportReport.Outcome;

/**
 * Gives every new training centre a real item bank: at start-up, after the course catalogue (the
 * items name its courses) and before the demo data (whose sitting draws from the bank), the items
 * of {@code content/exam/items.json} whose key the bank does not hold yet are imported. An item
 * already there is never overwritten: administrators may have revised it, and candidates may
 * have seen it. The file is validated whole; if it breaks the format, nothing is seeded and the
 * problems are logged. A missing file or a failure never stops the server.
 */
@ApplicationScoped
public class ItemSeeding {

    /** After {@link CourseSeeding}, before the demo data. */
    public static final int PRIORITY = CourseSeeding.PRIORITY + 100;

    private static final Logger LOG = Logger.getLogger(ItemSeeding.class.getName());

    static final String FILE = "content/exam/items.json";

    @Inject
    ItemBank bank;

    @ActivateRequestContext
    void onDatabaseReady(@Observes @Priority(PRIORITY) DatabaseReady ready) {
        Optional<byte[]> file = seedFile();
        if (file.isEmpty()) {
            LOG.warning(() -> "Item bank not seeded: " + FILE + " is not part of the application");
            return;
        }
        long started = System.nanoTime();
        try {
            ItemImportReport report = bank.importNew("items.json", file.get());
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "Item bank: " + report.count(Outcome.CREATED) + " items seeded, "
                    + report.count(Outcome.SKIPPED) + " already there, in " + millis + " ms");
        } catch (ItemBankException e) {
            LOG.severe(() -> "Item bank not seeded: " + FILE + " breaks the item format:\n"
                    + e.problems().stream()
                            .map(p -> "  " + p.pointer() + " " + p.messageKey() + " " + p.arguments())
                            .collect(Collectors.joining("\n")));
        } catch (RuntimeException e) {
            // Another server starting against the same database may have seeded an item a moment
            // earlier; whatever the cause, the server is more useful running than not.
            LOG.log(Level.SEVERE, "Item bank not seeded", e);
        }
    }

    /** The seed file, if the application carries one. */
    public static Optional<byte[]> seedFile() {
        try (InputStream in = ItemSeeding.class.getClassLoader().getResourceAsStream(FILE)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read " + FILE, e);
            return Optional.empty();
        }
    }
}

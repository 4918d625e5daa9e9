package org.techbroker.app.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application starts, before anything else touches the
 * database, and then announces {@link DatabaseReady}.
 *
 * <p>Each module owns its migrations in a folder of its own; versions are
 * {@code V<issue>.<module>.<n>} with module 1 = app, 2 = courses, 3 = certification, so two
 * modules can never pick the same version. Flyway's own lock makes this safe when several servers
 * start together against one database.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    static final String[] LOCATIONS = {
        "classpath:db/migration/app", "classpath:db/migration/courses", "classpath:db/migration/certification"
    };

    @Resource(lookup = "jdbc/techbroker")
    DataSource dataSource;

    @Inject
    Event<DatabaseReady> databaseReady;

    private volatile boolean migrated;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        MigrateResult result = flyway().migrate();
        migrated = true;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        databaseReady.fire(new DatabaseReady());
    }

    /** Whether this server has brought the schema up to date since it started. */
    public boolean isMigrated() {
        return migrated;
    }

    /** How many known migrations the database has not applied yet (zero once up to date). */
    public int pendingMigrations() {
        return flyway().info().pending().length;
    }

    private Flyway flyway() {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATIONS)
                .failOnMissingLocations(true)
                .cleanDisabled(true)
                .load();
    }
}

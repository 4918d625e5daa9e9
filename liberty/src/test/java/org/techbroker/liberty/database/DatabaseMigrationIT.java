package org.techbroker.liberty.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.app.database.DatabaseMigration;
import org.techbroker.liberty.support.Deployments;

/** In the server: the schema is brought up to date at start-up, by Flyway, from the app's migrations. */
@ExtendWith(ArquillianExtension.class)
class DatabaseMigrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(DatabaseMigrationIT.class);
    }

    @Inject
    DatabaseMigration migration;

    @Resource(lookup = "jdbc/techbroker")
    DataSource dataSource;

    @Test
    void migratesAtStartUpAndLeavesNothingPending() {
        assertThat(migration.isMigrated()).isTrue();
        assertThat(migration.pendingMigrations()).isZero();
    }

    @Test
    void recordsTheAppMigrationInFlywaysHistory() throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select version, script from flyway_schema_history where success = ? order by installed_rank")) {
            query.setBoolean(1, true);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    applied.add(rows.getString("version") + " " + rows.getString("script"));
                }
            }
        }
        assertThat(applied)
                .anySatisfy(row -> assertThat(row).startsWith("2.1.1 ").endsWith("accounts_and_audit.sql"));
    }

    @Test
    void createsTheTablesTheEntitiesMapTo() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("account", "account_role", "audit_event")) {
                try (PreparedStatement query = connection.prepareStatement("select count(*) from " + table);
                        ResultSet rows = query.executeQuery()) {
                    assertThat(rows.next()).as(table).isTrue();
                }
            }
        }
    }
}

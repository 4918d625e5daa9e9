package org.techbroker.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.junit.jupiter.api.Test;

class MariaDbBehindConnectorJDialectResolverTest {

    private final MariaDbBehindConnectorJDialectResolver resolver = new MariaDbBehindConnectorJDialectResolver();

    @Test
    void readsTheRealVersionBehindMariaDbsCompatibilityPrefix() {
        Dialect dialect = resolver.resolveDialect(connectorJ("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1", 5, 5));

        assertThat(dialect).isInstanceOf(MariaDBDialect.class);
        assertThat(dialect.getVersion().getDatabaseMajorVersion()).isEqualTo(10);
        assertThat(dialect.getVersion().getDatabaseMinorVersion()).isEqualTo(11);
        assertThat(dialect.getVersion().getDatabaseMicroVersion()).isEqualTo(19);
    }

    @Test
    void recognisesAMariaDbVersionWithoutThePrefix() {
        Dialect dialect = resolver.resolveDialect(connectorJ("MySQL", "10.6.4-MariaDB", 10, 6));

        assertThat(dialect).isInstanceOf(MariaDBDialect.class);
        assertThat(dialect.getVersion().isSame(10, 6, 4)).isTrue();
    }

    @Test
    void leavesRealMySqlToHibernate() {
        assertThat(resolver.resolveDialect(connectorJ("MySQL", "8.0.36", 8, 0))).isNull();
        assertThat(resolver.resolveDialect(connectorJ("MySQL", "5.5.5", 5, 5))).isNull();
    }

    @Test
    void leavesOtherDatabasesAndUnknownVersionsToHibernate() {
        assertThat(resolver.resolveDialect(connectorJ("H2", "2.3.232 (2024-08-11)", 2, 3)))
                .isNull();
        assertThat(resolver.resolveDialect(connectorJ("MySQL", null, 0, 0))).isNull();
    }

    /** What Hibernate learns from a connection's metadata; only the product and version matter here. */
    private static DialectResolutionInfo connectorJ(String product, String version, int major, int minor) {
        return new DialectResolutionInfo() {
            @Override
            public String getDatabaseName() {
                return product;
            }

            @Override
            public String getDatabaseVersion() {
                return version;
            }

            @Override
            public int getDatabaseMajorVersion() {
                return major;
            }

            @Override
            public int getDatabaseMinorVersion() {
                return minor;
            }

            @Override
            public String getDriverName() {
                return "MySQL Connector/J";
            }

            @Override
            public int getDriverMajorVersion() {
                return 9;
            }

            @Override
            public int getDriverMinorVersion() {
                return 7;
            }

            @Override
            public String getSQLKeywords() {
                return "";
            }
        };
    }
}

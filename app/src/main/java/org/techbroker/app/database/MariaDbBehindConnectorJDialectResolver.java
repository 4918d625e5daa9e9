package org.techbroker.app.database;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Picks {@link MariaDBDialect} when a MariaDB server is reached through MySQL Connector/J.
 *
 * <p>MariaDB prefixes its version with "5.5.5-" for old MySQL clients, so Connector/J reports
 * "MySQL 5.5.5-10.11.…-MariaDB" and Hibernate's own detection picks a MySQL 5.5 dialect. This
 * resolver reads the real version out of that string. For every other database it returns null,
 * and Hibernate's standard detection decides (H2, and real MySQL 8).
 */
public class MariaDbBehindConnectorJDialectResolver implements DialectResolver {

    private static final long serialVersionUID = 1L;

    private static final Pattern MARIADB_VERSION =
            Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB.*", Pattern.CASE_INSENSITIVE);

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        String version = info.getDatabaseVersion();
        if (version == null) {
            return null;
        }
        Matcher matcher = MARIADB_VERSION.matcher(version);
        if (!matcher.matches()) {
            return null;
        }
        return new MariaDBDialect(DatabaseVersion.make(
                Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))));
    }
}

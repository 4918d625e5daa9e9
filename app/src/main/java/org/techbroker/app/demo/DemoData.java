package org.techbroker.app.demo;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.app.account.PersonalDetails;
import org.techbroker.app.account.Role;
import org.techbroker.app.config.AppConfig;
import org.techbroker.app.content.ItemSeeding;
import org.techbroker.app.database.DatabaseReady;

/**
 * Loads the demo accounts, so that a first run shows every role. By default ({@code
 * techbroker.demo=auto}) only on the embedded H2 database: a MySQL database gets demo data only
 * when TECHBROKER_DEMO=true. Loading is idempotent: an account that exists is left alone, so a
 * restart changes nothing and a demo password changed by hand stays changed.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** After the catalogue and the item bank are seeded: the demo exam draws on both. */
    public static final int PRIORITY = ItemSeeding.PRIORITY + 100;

    /** The username of the demo trainee, whom the demo exam makes eligible and registers. */
    public static final String TRAINEE = "trainee";

    /** The username of the demo administrator, who acts in the demo registry. */
    public static final String ADMIN = "admin";

    /** The password of every demo account, also listed in the README. */
    public static final String PASSWORD = "techbroker-demo-2026";

    record DemoAccount(PersonalDetails details, Set<Role> roles) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(
                    new PersonalDetails(TRAINEE, "trainee@demo.techbroker.org", "李明", "LI Ming", "深圳市南山区创新服务中心"),
                    EnumSet.of(Role.TRAINEE)),
            new DemoAccount(
                    new PersonalDetails("examiner1", "examiner1@demo.techbroker.org", "王芳", "WANG Fang", "华南技术转移中心"),
                    EnumSet.of(Role.EXAMINER)),
            new DemoAccount(
                    new PersonalDetails(
                            "examiner2", "examiner2@demo.techbroker.org", "陈强", "CHEN Qiang", "深圳大学技术转移办公室"),
                    EnumSet.of(Role.EXAMINER)),
            new DemoAccount(
                    new PersonalDetails("chief", "chief@demo.techbroker.org", "刘洋", "LIU Yang", "技术经纪人资格评审委员会"),
                    EnumSet.of(Role.EXAMINER, Role.CHIEF_EXAMINER)),
            new DemoAccount(
                    new PersonalDetails(ADMIN, "admin@demo.techbroker.org", "赵丽", "ZHAO Li", "技术经纪人培训中心"),
                    EnumSet.of(Role.ADMIN)),
            new DemoAccount(
                    new PersonalDetails(
                            "enterprise", "enterprise@demo.techbroker.org", "周杰", "ZHOU Jie", "深圳市创新科技有限公司"),
                    EnumSet.of(Role.ENTERPRISE)));

    @Resource(lookup = "jdbc/techbroker")
    DataSource dataSource;

    @Inject
    AppConfig config;

    @Inject
    AccountService accounts;

    /** One transaction for all the demo data: a failure leaves none of it behind. */
    @ActivateRequestContext
    @Transactional
    void onDatabaseReady(@Observes @Priority(PRIORITY) DatabaseReady ready) {
        if (!isWanted()) {
            return;
        }
        int created = 0;
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.findByUsername(demo.details().username()).isEmpty()) {
                accounts.create(demo.details(), PASSWORD, demo.roles(), Actor.system());
                created++;
            }
        }
        int count = created;
        LOG.info(() -> "Demo data: " + count + " demo accounts created, password " + PASSWORD);
    }

    /** Whether this installation gets demo data: {@code techbroker.demo}, or on {@code auto} the embedded database only. */
    public boolean isWanted() {
        return switch (config.demo().trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> isEmbeddedDatabase();
        };
    }

    private boolean isEmbeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}

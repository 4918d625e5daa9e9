package org.techbroker.certification.cpd;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CPD's configuration, read once at start-up into a {@link CpdTariff}:
 *
 * <ul>
 *   <li>{@code techbroker.cpd.categories}: the categories holders may log;
 *   <li>{@code techbroker.cpd.<category>.rate} and {@code techbroker.cpd.<category>.cap}: credits per
 *       unit and at most how many count in a cycle (no cap when unset);
 *   <li>{@code techbroker.cpd.required-credits}: what a cycle needs for renewal;
 *   <li>{@code techbroker.cpd.audit-percent}: the share of external entries drawn for audit;
 *   <li>{@code techbroker.cpd.renewal-grace-days}: how long after expiry a certificate may still be
 *       renewed;
 *   <li>{@code techbroker.cpd.evidence-max-bytes}: the largest evidence file;
 *   <li>{@code techbroker.cpd.reminder-days}: how many days before expiry reminders go out.
 * </ul>
 */
@ApplicationScoped
public class CpdSettings {

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "techbroker.cpd.categories")
    List<String> categories;

    @Inject
    @ConfigProperty(name = "techbroker.cpd.required-credits")
    String requiredCredits;

    @Inject
    @ConfigProperty(name = "techbroker.cpd.audit-percent")
    int auditPercent;

    @Inject
    @ConfigProperty(name = "techbroker.cpd.renewal-grace-days")
    int renewalGraceDays;

    @Inject
    @ConfigProperty(name = "techbroker.cpd.evidence-max-bytes")
    long evidenceMaxBytes;

    @Inject
    @ConfigProperty(name = "techbroker.cpd.reminder-days")
    List<Integer> reminderDays;

    private CpdTariff tariff;

    @PostConstruct
    void read() {
        Map<CpdCategory, CpdRule> rules = new EnumMap<>(CpdCategory.class);
        for (String name : categories) {
            CpdCategory category = CpdCategory.valueOf(name.strip().toUpperCase(Locale.ROOT));
            String prefix = "techbroker.cpd." + category.configKey();
            BigDecimal rate = new BigDecimal(
                    config.getValue(prefix + ".rate", String.class).strip());
            Optional<BigDecimal> cap = config.getOptionalValue(prefix + ".cap", String.class)
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(BigDecimal::new);
            rules.put(category, new CpdRule(category, rate, cap));
        }
        tariff = new CpdTariff(rules, new BigDecimal(requiredCredits.strip()));
        if (auditPercent < 0 || auditPercent > 100) {
            throw new IllegalStateException("techbroker.cpd.audit-percent must lie between 0 and 100");
        }
    }

    public CpdTariff tariff() {
        return tariff;
    }

    /** The share of external entries, in percent, drawn for audit. */
    public int auditPercent() {
        return auditPercent;
    }

    /** Days after expiry during which a certificate whose cycle has its credits may still be renewed. */
    public int renewalGraceDays() {
        return renewalGraceDays;
    }

    public long evidenceMaxBytes() {
        return evidenceMaxBytes;
    }

    /** Days before expiry on which reminders go out, largest first. */
    public List<Integer> reminderDays() {
        return reminderDays.stream().distinct().sorted((a, b) -> b - a).toList();
    }
}

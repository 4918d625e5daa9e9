package org.techbroker.certification.cpd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole tariff: one rule per category and the credits a cycle needs for renewal. It is a value:
 * {@link CpdSettings} builds it from configuration, and the arithmetic lives here, so that it is
 * tested without a server.
 */
public final class CpdTariff {

    private final Map<CpdCategory, CpdRule> rules;
    private final BigDecimal requiredCredits;

    public CpdTariff(Map<CpdCategory, CpdRule> rules, BigDecimal requiredCredits) {
        if (requiredCredits.signum() <= 0) {
            throw new IllegalArgumentException("A cycle needs a positive number of credits");
        }
        this.rules = new EnumMap<>(CpdCategory.class);
        this.rules.putAll(rules);
        this.requiredCredits = requiredCredits.setScale(CpdRule.SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The defaults, after the LES Certified Licensing Professional rules: 1 credit per hour of
     * courses and events, 3 per hour of speaking, 30 per peer-reviewed article, 6 a year of
     * employment up to 18 a cycle, other activities 1 per hour up to 10; 40 credits a cycle.
     */
    public static CpdTariff defaults() {
        Map<CpdCategory, CpdRule> rules = new EnumMap<>(CpdCategory.class);
        rules.put(CpdCategory.COURSE, rule(CpdCategory.COURSE, "1", null));
        rules.put(CpdCategory.SPEAKING, rule(CpdCategory.SPEAKING, "3", null));
        rules.put(CpdCategory.PUBLICATION, rule(CpdCategory.PUBLICATION, "30", null));
        rules.put(CpdCategory.EMPLOYMENT, rule(CpdCategory.EMPLOYMENT, "6", "18"));
        rules.put(CpdCategory.OTHER, rule(CpdCategory.OTHER, "1", "10"));
        return new CpdTariff(rules, new BigDecimal(40));
    }

    static CpdRule rule(CpdCategory category, String rate, String cap) {
        return new CpdRule(
                category, new BigDecimal(rate), Optional.ofNullable(cap).map(BigDecimal::new));
    }

    /** The rule of a category; empty for a category this tariff does not accept. */
    public Optional<CpdRule> rule(CpdCategory category) {
        return Optional.ofNullable(rules.get(category));
    }

    /** The categories holders may log, in their declared order. */
    public List<CpdCategory> categories() {
        return List.copyOf(rules.keySet());
    }

    public BigDecimal requiredCredits() {
        return requiredCredits;
    }

    /** Credits a quantity of the category earns, before caps; zero for a category without a rule. */
    public BigDecimal credits(CpdCategory category, BigDecimal quantity) {
        return rule(category).map(r -> r.credits(quantity)).orElse(BigDecimal.ZERO.setScale(CpdRule.SCALE));
    }

    /**
     * How a cycle stands: approved credits per category, the part of each that counts after its
     * cap, and the total against what renewal needs.
     *
     * @param approved approved credits per category in the cycle (before caps)
     * @param pending credits of entries still waiting for a decision, shown but not counted
     */
    public CpdStanding standing(Map<CpdCategory, BigDecimal> approved, BigDecimal pending) {
        List<CpdStanding.CategoryLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(CpdRule.SCALE);
        for (CpdCategory category : CpdCategory.values()) {
            BigDecimal raw =
                    approved.getOrDefault(category, BigDecimal.ZERO).setScale(CpdRule.SCALE, RoundingMode.HALF_UP);
            CpdRule rule = rules.get(category);
            if (rule == null && raw.signum() == 0) {
                continue;
            }
            BigDecimal counted = rule == null ? raw : rule.counted(raw);
            lines.add(
                    new CpdStanding.CategoryLine(category, raw, counted, rule == null ? Optional.empty() : rule.cap()));
            total = total.add(counted);
        }
        return new CpdStanding(lines, total, requiredCredits, pending.setScale(CpdRule.SCALE, RoundingMode.HALF_UP));
    }
}

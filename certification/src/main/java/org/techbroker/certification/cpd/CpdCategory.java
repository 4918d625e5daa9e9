package org.techbroker.certification.cpd;

/**
 * The kinds of CPD activity and the unit each is counted in. Modelled on the Licensing Executives
 * Society's Certified Licensing Professional rules: courses and events by the hour, speaking by
 * the hour, peer-reviewed articles by the piece, employment in the field by the year.
 */
public enum CpdCategory {
    COURSE(Unit.HOUR),
    SPEAKING(Unit.HOUR),
    PUBLICATION(Unit.ARTICLE),
    EMPLOYMENT(Unit.YEAR),
    OTHER(Unit.HOUR);

    /** What a quantity of the category counts. */
    public enum Unit {
        HOUR,
        ARTICLE,
        YEAR
    }

    private final Unit unit;

    CpdCategory(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    /** The name used in configuration keys ({@code techbroker.cpd.<key>.rate}). */
    public String configKey() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

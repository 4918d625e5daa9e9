package org.techbroker.app.admin.exams.analysis;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One item version of the analysis as the page shows it: JavaBean getters, so that the table can
 * sort by any column, and nothing that cannot be kept in the view between requests.
 */
public class ItemRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An option of the item, with how it drew candidates. */
    public static class OptionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String letter;
        private final String textZh;
        private final String textEn;
        private final boolean key;
        private final int chosenBy;
        private final Double meanTotal;

        OptionRow(String letter, String textZh, String textEn, boolean key, int chosenBy, Double meanTotal) {
            this.letter = letter;
            this.textZh = textZh;
            this.textEn = textEn;
            this.key = key;
            this.chosenBy = chosenBy;
            this.meanTotal = meanTotal;
        }

        public String getLetter() {
            return letter;
        }

        public String text(Locale locale) {
            return ItemAnalysisBacking.inLanguage(locale, textZh, textEn);
        }

        public String getTextZh() {
            return textZh;
        }

        public String getTextEn() {
            return textEn;
        }

        public boolean isKey() {
            return key;
        }

        public int getChosenBy() {
            return chosenBy;
        }

        /** The mean total of those who chose it; null when nobody did. */
        public Double getMeanTotal() {
            return meanTotal;
        }
    }

    private final long versionId;
    private final String itemKey;
    private final int version;
    private final String type;
    private final String topic;
    private final String difficulty;
    private final String stemZh;
    private final String stemEn;
    private final BigDecimal maxPoints;
    private final int candidates;
    private final int omitted;
    private final double facility;
    private final Double discrimination;
    private final String discriminationAbsence;
    private final List<String> flags;
    private final List<OptionRow> options;

    ItemRow(
            long versionId,
            String itemKey,
            int version,
            String type,
            String topic,
            String difficulty,
            String stemZh,
            String stemEn,
            BigDecimal maxPoints,
            int candidates,
            int omitted,
            double facility,
            Double discrimination,
            String discriminationAbsence,
            List<String> flags,
            List<OptionRow> options) {
        this.versionId = versionId;
        this.itemKey = itemKey;
        this.version = version;
        this.type = type;
        this.topic = topic;
        this.difficulty = difficulty;
        this.stemZh = stemZh;
        this.stemEn = stemEn;
        this.maxPoints = maxPoints;
        this.candidates = candidates;
        this.omitted = omitted;
        this.facility = facility;
        this.discrimination = discrimination;
        this.discriminationAbsence = discriminationAbsence;
        this.flags = List.copyOf(flags);
        this.options = List.copyOf(options);
    }

    public long getVersionId() {
        return versionId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public int getVersion() {
        return version;
    }

    /** The item type's name, for the enum label keys. */
    public String getType() {
        return type;
    }

    public String getTopic() {
        return topic;
    }

    public String getDifficulty() {
        return difficulty;
    }

    public String stem(Locale locale) {
        return ItemAnalysisBacking.inLanguage(locale, stemZh, stemEn);
    }

    public String getStemZh() {
        return stemZh;
    }

    public String getStemEn() {
        return stemEn;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public int getCandidates() {
        return candidates;
    }

    public int getOmitted() {
        return omitted;
    }

    public double getFacility() {
        return facility;
    }

    /** Null when undefined for the data; {@link #getDiscriminationAbsence()} says why. */
    public Double getDiscrimination() {
        return discrimination;
    }

    /** The message key saying why discrimination is absent; null when it is there. */
    public String getDiscriminationAbsence() {
        return discriminationAbsence;
    }

    /** The review flags' names. */
    public List<String> getFlags() {
        return flags;
    }

    public boolean isFlagged() {
        return !flags.isEmpty();
    }

    public List<OptionRow> getOptions() {
        return options;
    }
}

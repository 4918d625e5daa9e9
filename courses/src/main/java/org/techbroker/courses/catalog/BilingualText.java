package org.techbroker.courses.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text a learner reads, in Simplified Chinese and in English. Every title, summary, lesson body
 * and practice item carries both, so that each person reads the course in their language.
 */
@Embeddable
public class BilingualText {

    @Column(name = "zh")
    private String zh;

    @Column(name = "en")
    private String en;

    protected BilingualText() {
        // for JPA
    }

    public BilingualText(String zh, String en) {
        this.zh = Objects.requireNonNull(zh, "zh");
        this.en = Objects.requireNonNull(en, "en");
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The Chinese text for Chinese readers, the English text for everyone else. */
    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof BilingualText that && zh.equals(that.zh) && en.equals(that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zh, en);
    }

    @Override
    public String toString() {
        return en;
    }
}

package org.techbroker.app.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of this visit: at first the browser's choice (Accept-Language), narrowed to what
 * Techbroker speaks; once a person chooses, or signs in with a remembered choice, that one.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HttpServletRequest request;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        return SupportedLocales.ofRequest(request);
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return getLocale().getLanguage().equals(SupportedLocales.CHINESE.getLanguage());
    }

    public void choose(Locale locale) {
        this.chosen = SupportedLocales.match(locale).orElse(SupportedLocales.DEFAULT);
    }
}

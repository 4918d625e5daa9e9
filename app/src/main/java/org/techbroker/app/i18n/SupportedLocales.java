package org.techbroker.app.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Techbroker speaks: Simplified Chinese (the default) and English. Every locale a
 * browser or a person asks for is narrowed to one of these, so that a bundle always exists.
 */
public final class SupportedLocales {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT = CHINESE;
    public static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

    private SupportedLocales() {}

    /** The supported locale closest to the wish: by language, so zh_TW and zh_HK read Chinese. */
    public static Optional<Locale> match(Locale wish) {
        if (wish == null) {
            return Optional.empty();
        }
        return ALL.stream()
                .filter(l -> l.getLanguage().equals(wish.getLanguage()))
                .findFirst();
    }

    /** The first of the wishes, in order of preference, that Techbroker speaks; else the default. */
    public static Locale bestOf(List<Locale> wishes) {
        return (wishes == null ? Collections.<Locale>emptyList() : wishes)
                .stream()
                        .map(SupportedLocales::match)
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElse(DEFAULT);
    }

    /**
     * The language for a request: the best of its Accept-Language wishes, or the default when the
     * client states none (the servlet container would otherwise answer with the server's own locale).
     */
    public static Locale ofRequest(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return DEFAULT;
        }
        return bestOf(Collections.list(request.getLocales()));
    }

    /** Parses a language tag such as "zh-CN" or "en" into a supported locale. */
    public static Optional<Locale> fromTag(String tag) {
        return tag == null || tag.isBlank()
                ? Optional.empty()
                : match(Locale.forLanguageTag(tag.trim().replace('_', '-')));
    }
}

package org.techbroker.app.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.techbroker.app.i18n.SupportedLocales;

/**
 * The language of what an endpoint answers in words (titles, question stems): {@code lang=zh|en}
 * when given, else the best match of Accept-Language, else Chinese; any other {@code lang} is a
 * 400 problem. Answers say which language they are in (Content-Language) and that it depends on
 * Accept-Language (Vary), as the catalogue's do.
 */
final class ApiLanguage {

    static final String DESCRIPTION = "Language of titles and texts: zh (Simplified Chinese) or en. Without it, "
            + "the best match of Accept-Language, else zh. Any other value is a 400 problem.";

    private ApiLanguage() {}

    static Locale choose(String lang, Problems problems) {
        if (lang == null || lang.isBlank()) {
            return problems.locale();
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "zh" -> SupportedLocales.CHINESE;
            case "en" -> SupportedLocales.ENGLISH;
            default -> throw new QueryValues.InvalidQueryValue("lang", lang);
        };
    }

    static Response.ResponseBuilder inLanguage(Response.ResponseBuilder response, Locale locale) {
        return response.header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}

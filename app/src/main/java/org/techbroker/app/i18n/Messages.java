package org.techbroker.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads the {@code messages} bundles outside Faces (REST problem bodies, mail). Faces pages use
 * the same bundles through {@code #{msg}}.
 */
public final class Messages {

    public static final String BUNDLE = "messages";

    private Messages() {}

    /** The message for the key in the locale, with {0}-style arguments; the key itself if missing. */
    public static String get(Locale locale, String key, Object... arguments) {
        Locale supported = SupportedLocales.match(locale).orElse(SupportedLocales.DEFAULT);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, Messages.class.getClassLoader())
                    .getString(key);
            return arguments == null || arguments.length == 0
                    ? pattern
                    : new MessageFormat(pattern, supported).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

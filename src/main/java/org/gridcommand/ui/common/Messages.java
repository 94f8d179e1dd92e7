package org.gridcommand.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The console's words in the chosen language (Chinese by default, English with --lang en). */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this("org.gridcommand.ui.messages", locale);
    }

    /**
     * Words of one feature, kept in its own bundle beside its views (e.g. {@code org.gridcommand.ui.dispatch.messages})
     * so that features do not edit each other's files.
     */
    public Messages(String baseName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The same language for another feature's bundle. */
    public Messages forFeature(String baseName) {
        return new Messages(baseName, locale);
    }

    /** Locale for a --lang value: "en" → English; anything else → Simplified Chinese. */
    public static Locale localeFor(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code args} filled in; the key itself if missing (visible, not fatal). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}

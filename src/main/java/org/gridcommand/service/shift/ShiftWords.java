package org.gridcommand.service.shift;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.gridcommand.domain.shift.HandoverItemKind;

/** The words of the watch (roster, handover pack, its print) in one language: zh by default, en. */
public final class ShiftWords {
    private final ResourceBundle bundle;
    private final Locale locale;

    public ShiftWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.gridcommand.service.shift.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The heading of a kind of item: 即将超期 / Due to breach. */
    public String kind(HandoverItemKind kind) {
        return get("kind." + kind.name());
    }
}

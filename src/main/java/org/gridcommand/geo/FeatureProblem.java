package org.gridcommand.geo;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why one feature of an imported file was refused or repaired, as what happened and its values, not as a sentence:
 * the console says it in its own language, the command line in English (messages.properties beside this class is
 * Chinese, messages_en.properties English). A value may itself be a problem ("repaired: self-intersection"), or a
 * level of the area hierarchy.
 *
 * @param code   what happened: "no-geometry", "repaired", "duplicate-code"… (the key is {@code problem.<code>})
 * @param values what fills the sentence: strings, numbers, nested problems
 */
public record FeatureProblem(String code, List<Object> values) {
    private static final String WORDS = "org.gridcommand.geo.messages";

    public FeatureProblem {
        values = List.copyOf(values);
    }

    public static FeatureProblem of(String code, Object... values) {
        return new FeatureProblem(code, List.of(values));
    }

    /** The sentence in {@code locale} (Chinese unless English is asked for). */
    public String describe(Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle(WORDS, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] filled = values.stream().map(v -> v instanceof FeatureProblem p ? p.describe(locale) : v).toArray();
        try {
            return new MessageFormat(words.getString("problem." + code), locale).format(filled);
        } catch (MissingResourceException e) {
            return code + " " + values;
        }
    }

    /** In English, for logs and the command line. */
    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}

package org.gridcommand.ui.resources;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The other way round from {@link StockWords}: what a person typed (沙袋, sandbags, SANDBAG; flood fighting) back
 * to what the data stores (the item code; the Chinese skill or field word). Both languages are accepted, whichever
 * the console speaks: an administrator pastes plan lines from anywhere.
 */
final class TypedWords {
    private static final String WORDS = "org.gridcommand.ui.resources.words";

    /** Per key prefix ("item.", "skill.", "field."): lower-cased word → the key's stored part. */
    private final Map<String, Map<String, String>> byPrefix = new HashMap<>();

    TypedWords() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(WORDS, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : bundle.keySet()) {
                int dot = key.indexOf('.');
                if (dot > 0) {
                    byPrefix.computeIfAbsent(key.substring(0, dot + 1), p -> new HashMap<>())
                            .put(normal(bundle.getString(key)), key.substring(dot + 1));
                }
            }
        }
    }

    /** The stored form of {@code typed} under {@code prefix}, or null when no word of either language matches. */
    String stored(String prefix, String typed) {
        Map<String, String> words = byPrefix.get(prefix);
        return words == null || typed == null ? null : words.get(normal(typed));
    }

    private static String normal(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }
}

package org.gridcommand.ui.resources;

import java.util.Locale;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.ui.common.Messages;

/**
 * Stock, skills, fields and titles in the console's language. The data names items in Chinese and by code
 * (沙袋, SANDBAG); a Chinese console shows the city's own name, an English one an English name — never the raw code
 * and never the Chinese word. Skills, fields and titles are Chinese words in the data: English has a word for the
 * usual ones; an unknown one is shown as the data has it.
 */
public final class StockWords {
    private final Messages words;
    private final boolean chinese;
    private final TypedWords typed = new TypedWords();

    public StockWords(Messages consoleMessages) {
        this.words = consoleMessages.forFeature("org.gridcommand.ui.resources.words");
        this.chinese = !consoleMessages.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** The item's name: 沙袋 / sandbags. {@code storedName} is the warehouse row's own name (may be null). */
    public String item(String code, String storedName) {
        if (chinese && storedName != null && !storedName.isBlank()) {
            return storedName;
        }
        String known = known("item." + code);
        if (known != null) {
            return known;
        }
        if (storedName != null && !storedName.isBlank() && !hasChinese(storedName)) {
            return storedName;
        }
        return chinese ? code : humanized(code);
    }

    /** An amount of an item: 沙袋 18000袋 / 18,000 sandbags. */
    public String amount(String code, String storedName, String unit, int quantity) {
        return words.get("amount", quantity, item(code, storedName), unit == null || !chinese ? "" : unit);
    }

    /** A unit of measure as the console shows it beside a number (the English names say it themselves). */
    public String unit(String unit) {
        return chinese && unit != null ? unit : "";
    }

    public String skill(String skill) {
        return word("skill.", skill);
    }

    public String field(String field) {
        return word("field.", field);
    }

    public String title(String title) {
        return word("title.", title);
    }

    public String movement(MovementKind kind) {
        return words.get("move." + kind);
    }

    /**
     * The item code for what was typed: an item's name in either language (沙袋, sandbags) or its code as it is
     * (SANDBAG, or a city's own code no word is known for).
     */
    public String itemCode(String typedName) {
        String code = knownItemCode(typedName);
        return code != null ? code : typedName.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    /**
     * The item code for what was typed when the console knows it: a word of either language (沙袋, sandbags), a
     * code with a word (SANDBAG, sandbag), or a humanized code (life jacket); else null.
     */
    public String knownItemCode(String typedName) {
        String code = typed.stored("item.", typedName);
        if (code != null) {
            return code;
        }
        String asCode = typedName.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        return known("item." + asCode) != null ? asCode : null;
    }

    /** The data's word for a skill typed in either language (flood fighting → 防汛抢险); else as typed. */
    public String storedSkill(String typedSkill) {
        return storedWord("skill.", typedSkill);
    }

    /** The data's word for a field typed in either language (geology → 地质); else as typed. */
    public String storedField(String typedField) {
        return storedWord("field.", typedField);
    }

    private String storedWord(String prefix, String value) {
        String word = typed.stored(prefix, value);
        return word != null ? word : value.strip();
    }

    private String word(String prefix, String value) {
        if (value == null || chinese) {
            return value == null ? "" : value;
        }
        String known = known(prefix + value);
        return known == null ? value : known;
    }

    private String known(String key) {
        String text = words.get(key);
        return text.equals(key) ? null : text;
    }

    static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** LIFE_JACKET → "life jacket": better than a raw code when English has no word for an item yet. */
    static String humanized(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

package org.gridcommand.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what does not belong on a screen in one language: English words on a Chinese screen, Chinese on an English
 * one, raw codes (SUPERVISE, WATER_LEVEL) and bundle keys on either. Names from the city's own data (a Chinese
 * district shows Chinese street names in an English console) are allowed when given as {@code data}; so are the
 * tokens listed here, explicitly.
 */
final class ForeignWords {
    /** Latin words a Chinese screen may show: units, acronyms and file formats, key names, the product's name. */
    static final Set<String> LATIN_IN_CHINESE = Set.of(
            // units
            "km", "m", "cm", "mm", "h", "min", "s", "ms", "kg", "t", "L", "KB", "MB", "GB", "px",
            // acronyms, formats, coordinate systems, databases
            "AI", "CAP", "ID", "GIS", "GPS", "GTK", "XML", "CSV", "JSON", "GeoJSON", "Shapefile", "MBTiles", "SHP",
            "PNG", "JPG", "PDF", "EPSG", "WGS", "GCJ", "BD", "CGCS", "GBK", "PostgreSQL", "PostGIS", "URL",
            "SMS", "PTZ", "LED",
            // keys
            "Enter", "Esc", "Ctrl", "Shift", "Alt", "Tab", "Del", "Delete", "PgUp", "PgDn",
            // the example of pinyin initials in the category picker's prompt (大类 道路运输 → dlys)
            "dlys",
            // operating systems, the product
            "Linux", "Windows", "macOS", "GridCommand");

    /** Words in capitals an English screen may show: acronyms, formats, units, roman level numbers. */
    static final Set<String> CAPITALS_IN_ENGLISH = Set.of("AI", "CAP", "ID", "GIS", "GPS", "GTK", "XML", "CSV",
            "JSON", "SHP", "PNG", "JPG", "PDF", "EPSG", "WGS", "GCJ", "BD", "CGCS", "GB", "GBK", "URL", "SMS", "PTZ",
            "OK", "KB", "MB", "TV", "CCTV", "LED", "II", "III", "IV", "PM", "README");

    private static final Pattern LATIN_WORD = Pattern.compile(
            "(?<![A-Za-z0-9_.])[A-Za-z]+(?:[_'’-][A-Za-z]+)*(?![A-Za-z0-9_])");
    private static final Pattern ENUM_LIKE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b");
    private static final Pattern CAPITALS = Pattern.compile("(?<![A-Za-z0-9_])[A-Z]{3,}(?![A-Za-z0-9_])");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern CJK_PUNCTUATION = Pattern.compile("[\\u3000-\\u303F\\uFF00-\\uFF65]");
    /** Identifiers with a digit (event numbers, plan codes, F9, WGS84): codes, not words. */
    private static final Pattern CODE = Pattern.compile(
            "(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[0-9])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*(?![A-Za-z0-9_])");
    /**
     * A command the reader is told to type ({@code gridcommand db backup --db {1}}, {@code pg_dump}, an option such as
     * {@code --create}): typed as written in every language.
     */
    private static final Pattern COMMAND_LINE = Pattern.compile(
            "gridcommand(?: +(?:--)?[a-z][a-z0-9-]*| +\\{\\d+\\})*"
                    + "|(?<![A-Za-z0-9])--[a-z][a-z0-9-]*|\\bpg_(?:dump|restore)\\b");
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+");

    private final Set<String> dataHan;
    private final Set<String> dataLatin;
    private final Set<String> bundleKeys;

    /**
     * @param dataHan    runs of Chinese characters in the city's names, titles and addresses
     * @param dataLatin  Latin words in them (and in paths the console shows, such as its database file)
     * @param bundleKeys every key of every bundle: one shown as such is a missing text
     */
    ForeignWords(Set<String> dataHan, Set<String> dataLatin, Set<String> bundleKeys) {
        this.dataHan = dataHan;
        this.dataLatin = dataLatin;
        this.bundleKeys = bundleKeys;
    }

    /** What is wrong with {@code text} on a screen in {@code lang} ("zh" or "en"); empty when nothing. */
    List<String> problems(String text, String lang) {
        List<String> problems = new ArrayList<>();
        Matcher m = ENUM_LIKE.matcher(text);
        while (m.find()) {
            problems.add("raw code '" + m.group() + "'");
        }
        m = KEY_LIKE.matcher(text);
        while (m.find()) {
            if (bundleKeys.contains(m.group())) {
                problems.add("bundle key '" + m.group() + "'");
            }
        }
        text = COMMAND_LINE.matcher(text).replaceAll(" ");
        text = CODE.matcher(text).replaceAll(" ");
        if (lang.equals("zh")) {
            m = LATIN_WORD.matcher(text);
            while (m.find()) {
                String word = m.group();
                if (word.length() > 1 && !LATIN_IN_CHINESE.contains(word) && !dataLatin.contains(word)
                        && !ENUM_LIKE.matcher(word).matches() && !word.matches("[IVX]+")) {
                    problems.add("English '" + word + "'");
                }
            }
        } else {
            m = HAN.matcher(text);
            while (m.find()) {
                if (!dataHan.contains(m.group())) {
                    problems.add("Chinese '" + m.group() + "'");
                }
            }
            m = CJK_PUNCTUATION.matcher(text);
            while (m.find()) {
                if (!besideHan(text, m.start())) {
                    problems.add("Chinese punctuation '" + m.group() + "'");
                }
            }
            m = CAPITALS.matcher(text);
            while (m.find()) {
                String word = m.group();
                if (!CAPITALS_IN_ENGLISH.contains(word) && !dataLatin.contains(word) && !word.matches("[IVX]+")) {
                    problems.add("raw code '" + word + "'");
                }
            }
        }
        return problems;
    }

    /** Punctuation inside a Chinese name or title (data) is part of it. */
    private static boolean besideHan(String text, int at) {
        for (int i = at - 1; i >= 0 && !Character.isWhitespace(text.charAt(i)); i--) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        for (int i = at + 1; i < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /** Chinese runs of {@code value}, for the data allowance (values mixing both scripts are not data but leaks). */
    static List<String> hanRuns(String value) {
        List<String> runs = new ArrayList<>();
        Matcher m = HAN.matcher(value);
        while (m.find()) {
            runs.add(m.group());
        }
        return runs;
    }

    /** Latin words of {@code value}. */
    static List<String> latinWords(String value) {
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(value);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * Whether {@code value} holds both Chinese and English words ("主办 / lead: …"): not data, a leak. Capitals in a
     * Chinese name (违规LED显示屏) are an acronym, not English.
     */
    static boolean bilingual(String value) {
        return HAN.matcher(value).find() && latinWords(value).stream()
                .anyMatch(w -> w.length() >= 3 && !w.equals(w.toUpperCase(Locale.ROOT)));
    }
}

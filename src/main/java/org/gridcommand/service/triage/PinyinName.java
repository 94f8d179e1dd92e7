package org.gridcommand.service.triage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * A name as it is typed on a pinyin keyboard: every character with all its readings (行 is xing and hang), so that
 * "dlys", "daoluyisa" and "dlyisa" all find 道路遗撒, as a Chinese input method would. Letters and digits in a name
 * (LED) are typed as they are.
 */
final class PinyinName {
    /** Per character, the ways to type it. */
    private final List<String[]> readings;

    private PinyinName(List<String[]> readings) {
        this.readings = readings;
    }

    static PinyinName of(String name) {
        List<String[]> readings = new ArrayList<>();
        for (char ch : name.toCharArray()) {
            String[] typed = typed(ch);
            if (typed.length > 0) {
                readings.add(typed);
            }
        }
        return new PinyinName(readings);
    }

    /** True when {@code typed} spells the name from its first character on (initials, whole syllables or a mix). */
    boolean startsWith(String typed) {
        return !typed.isEmpty() && spells(typed, 0, 0);
    }

    /** True when {@code typed} spells a run of the name's characters anywhere in it. */
    boolean contains(String typed) {
        for (int start = 0; start < readings.size(); start++) {
            if (!typed.isEmpty() && spells(typed, 0, start)) {
                return true;
            }
        }
        return false;
    }

    /** Each character takes a non-empty beginning of one of its readings; the query must be used up. */
    private boolean spells(String typed, int at, int character) {
        if (at == typed.length()) {
            return true;
        }
        if (character == readings.size()) {
            return false;
        }
        for (String reading : readings.get(character)) {
            for (int n = 1; n <= reading.length() && at + n <= typed.length(); n++) {
                if (!typed.regionMatches(at, reading, 0, n)) {
                    break;
                }
                if (spells(typed, at + n, character + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower case, no tones, ü as v: as it is typed. (A new one each time: the library's format is mutable.) */
    private static HanyuPinyinOutputFormat format() {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        return format;
    }

    private static String[] typed(char ch) {
        if (Character.isLetterOrDigit(ch) && ch < 0x80) {
            return new String[] {String.valueOf(ch).toLowerCase(Locale.ROOT)};
        }
        String[] pinyin;
        try {
            pinyin = PinyinHelper.toHanyuPinyinStringArray(ch, format());
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e); // the format above is a valid combination
        }
        if (pinyin == null) {
            return new String[0]; // punctuation, symbols: nobody types them to search
        }
        Set<String> distinct = new LinkedHashSet<>(List.of(pinyin)); // the same syllable in other tones
        return distinct.toArray(String[]::new);
    }
}

package org.gridcommand.domain.emergency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One resource need of a plan level, parsed from a line of {@code PlanLevel.needs}:
 * <pre>
 *   ITEM|SANDBAG|5000      item code, quantity (in the item's own measure unit)
 *   TEAM|防汛抢险|60         skill, headcount (people, summed over teams)
 *   EXPERT|水利|2           field, number of experts
 * </pre>
 * Blank lines and lines starting with {@code #} are ignored.
 *
 * @param kind     what is needed
 * @param code     item code, skill or field
 * @param quantity how many (items, people or experts); always positive
 */
public record NeedLine(NeedKind kind, String code, int quantity) {
    public NeedLine {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a need has no item code, skill or field");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("a need must ask for a positive quantity, not " + quantity);
        }
    }

    /** The same need with another quantity (used when only the difference to what is committed is wanted). */
    public NeedLine withQuantity(int newQuantity) {
        return new NeedLine(kind, code, newQuantity);
    }

    /** Parses every line of a {@code needs} text; null or blank gives no needs. */
    public static List<NeedLine> parseAll(String text) {
        List<NeedLine> needs = new ArrayList<>();
        if (text == null) {
            return needs;
        }
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                needs.add(parse(line));
            }
        }
        return needs;
    }

    /** Parses one line such as {@code ITEM|SANDBAG|5000}. */
    public static NeedLine parse(String line) {
        String[] parts = line.split("\\|", -1);
        if (parts.length != 3) {
            throw new PlanFormatException(line, -1, "a need line has three parts KIND|CODE|QUANTITY");
        }
        NeedKind kind;
        try {
            kind = NeedKind.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PlanFormatException(line, 0, "unknown need kind '" + parts[0].strip()
                    + "' (expected ITEM, TEAM or EXPERT)");
        }
        String code = parts[1].strip();
        if (code.isEmpty()) {
            throw new PlanFormatException(line, parts[0].length() + 1, "missing item code, skill or field");
        }
        int quantity;
        try {
            quantity = Integer.parseInt(parts[2].strip());
        } catch (NumberFormatException e) {
            quantity = 0;
        }
        if (quantity <= 0) {
            throw new PlanFormatException(line, parts[0].length() + parts[1].length() + 2,
                    "the quantity must be a positive whole number, not '" + parts[2].strip() + "'");
        }
        return new NeedLine(kind, code, quantity);
    }

    @Override
    public String toString() {
        return kind + "|" + code + "|" + quantity;
    }
}

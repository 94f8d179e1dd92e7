package org.gridcommand.ui.mapwall.tools;

import java.util.Locale;
import org.gridcommand.ui.common.Messages;

/**
 * Lengths and areas as the officer reads them, in the console's language: 米 / 公里 and 平方米 / 公顷 / 平方公里 in
 * Chinese, m / km and m² / ha / km² in English. An area is one figure in the unit that suits its size: a courtyard
 * in square metres, a few blocks in hectares, a street in square kilometres.
 */
public final class Units {
    private static final double HECTARE = 10_000;
    private static final double SQUARE_KM = 1_000_000;
    private final Messages words;

    /** {@code words}: the tools' messages ({@code org.gridcommand.ui.mapwall.tools.messages}). */
    public Units(Messages words) {
        this.words = words;
    }

    /** "850 米" / "850 m" below a kilometre, "12.35 公里" / "12.35 km" above. */
    public String length(double meters) {
        return meters < 1000 ? words.get("unit.m", number("%,.0f", meters))
                : words.get("unit.km", number("%.2f", meters / 1000));
    }

    /** "3,200 平方米", "35.2 公顷", "1.25 平方公里" (English: m², ha, km²). */
    public String area(double m2) {
        if (m2 < HECTARE) {
            return words.get("unit.m2", number("%,.0f", m2));
        }
        if (m2 < SQUARE_KM) {
            return words.get("unit.ha", number("%.1f", m2 / HECTARE));
        }
        return words.get("unit.km2", number("%.2f", m2 / SQUARE_KM));
    }

    private static String number(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }
}

package org.gridcommand.service.report;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;

/** The reports' words in one language (bundle {@code org.gridcommand.service.report.messages}) and its numbers. */
public final class ReportWords {
    private final Locale locale;
    private final ResourceBundle bundle;

    public ReportWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.gridcommand.service.report.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** e.g. 2026年11月 / November 2026 / 2026年11月23日—29日. */
    public String period(Period p) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return switch (p.kind()) {
            case DAY -> day.format(p.first());
            case MONTH -> DateTimeFormatter.ofPattern("en".equals(locale.getLanguage()) ? "MMMM yyyy" : "yyyy年M月",
                    locale).format(p.first());
            default -> day.format(p.first()) + " – " + day.format(p.last());
        };
    }

    /** A value as people read it: 8,123 / 93.72% / 12.3 (no value: —). */
    public String value(Indicator indicator, Double v) {
        if (v == null) {
            return "—";
        }
        return switch (indicator.kind()) {
            case COUNT -> String.format(locale, "%,d", Math.round(v));
            case RATE -> String.format(locale, "%.2f%%", v);
            case HOURS -> String.format(locale, "%.1f", v);
        };
    }

    /** The value with its unit: "8,123 件", "93.72%", "12.3 小时". */
    public String withUnit(Indicator indicator, Double v) {
        String unit = switch (indicator.kind()) {
            case COUNT -> get("unit.count");
            case RATE -> "";
            case HOURS -> get("unit.hours");
        };
        return value(indicator, v) + unit;
    }

    /**
     * How {@code now} compares with {@code before}: counts and hours in percent (上升 3.2%), rates in percentage
     * points (提高 1.20 个百分点); "—" when either is missing.
     */
    public String change(Indicator indicator, Double now, Double before) {
        if (now == null || before == null || (indicator.kind() != Indicator.Kind.RATE && before == 0)) {
            return "—";
        }
        if (indicator.kind() == Indicator.Kind.RATE) {
            double points = now - before;
            return get(points >= 0 ? "change.points.up" : "change.points.down",
                    String.format(locale, "%.2f", Math.abs(points)));
        }
        double pct = 100 * (now - before) / before;
        return get(pct >= 0 ? "change.up" : "change.down", String.format(locale, "%.1f", Math.abs(pct)));
    }

    public String indicator(Indicator i) {
        return i.label(locale);
    }
}

package org.gridcommand.ui.statistics;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.gridcommand.domain.kpi.Period;
import org.gridcommand.ui.common.Messages;

/** The tab's words (bundle {@code org.gridcommand.ui.statistics.messages}) and its dates. */
public final class StatisticsText {
    private final Messages words;

    public StatisticsText(Messages consoleMessages) {
        this.words = consoleMessages.forFeature("org.gridcommand.ui.statistics.messages");
    }

    public String get(String key, Object... args) {
        return words.get(key, args);
    }

    public Locale locale() {
        return words.locale();
    }

    String period(Period p) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale());
        return p.first().equals(p.last()) ? day.format(p.first()) : day.format(p.first()) + " – "
                + day.format(p.last());
    }
}

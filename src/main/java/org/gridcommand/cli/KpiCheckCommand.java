package org.gridcommand.cli;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.gridcommand.domain.kpi.Dimension;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;
import org.gridcommand.service.Backend;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.IndicatorTable;
import org.gridcommand.service.kpi.PeriodFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gridcommand kpi check}: computes a period's figures twice — by the engine, and by reading every history
 * line one by one — and says whether every indicator of every unit and grid agrees. Exit 1 when not.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = {
    "Check the engine's figures against reading every history line one by one (slow). Exit 1 on a difference."})
final class KpiCheckCommand implements Callable<Integer> {
    @ParentCommand
    KpiCommand kpi;

    @Mixin
    KpiCommand.PeriodOptions when;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        CliMessages words = kpi.root.messages();
        Locale locale = kpi.root.locale();
        try (Backend backend = database.open()) {
            Period period = when.period(backend.kpi(), words);
            PeriodFigures engine = backend.kpi().figures(period, locale);
            PeriodFigures plain = backend.kpi().figuresReadLineByLine(period, locale);
            int differences = 0;
            for (Dimension d : Dimension.values()) {
                differences += differences(engine.by(d), plain.by(d), locale);
            }
            System.out.println(words.get(differences == 0 ? "kpi.check.agree" : "kpi.check.differ",
                    engine.eventCount(), differences));
            return differences == 0 ? 0 : 1;
        }
    }

    /** Counts (and prints) the figures that differ between two breakdowns of the same period. */
    static int differences(IndicatorTable a, IndicatorTable b, Locale locale) {
        int n = 0;
        for (IndicatorRow row : b.rows()) {
            for (Indicator i : Indicator.values()) {
                Double mine = a.row(row.key()).map(r -> r.value(i)).orElse(i.kind() == Indicator.Kind.COUNT
                        ? 0.0 : null);
                Double theirs = row.value(i);
                boolean same = Objects.equals(mine, theirs) || (mine != null && theirs != null
                        && Math.abs(mine - theirs) < 1e-9);
                if (!same) {
                    n++;
                    System.out.printf(locale, "%s %s %s: %s ≠ %s%n", a.dimension().code(), row.name(), i.code(),
                            mine, theirs);
                }
            }
        }
        return n;
    }
}

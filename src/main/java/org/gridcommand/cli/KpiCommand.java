package org.gridcommand.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gridcommand.domain.kpi.Dimension;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;
import org.gridcommand.service.Backend;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.IndicatorTable;
import org.gridcommand.service.kpi.KpiService;
import org.gridcommand.service.report.ReportContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code gridcommand kpi show|weights|check}: the indicators (docs/indicators.md) for scripts and administrators. */
@Command(name = "kpi", mixinStandardHelpOptions = true, description = "Indicators (考核): figures, weights, check.",
        subcommands = {KpiCommand.Show.class, KpiWeightsCommand.class, KpiCheckCommand.class})
final class KpiCommand {
    @ParentCommand
    RootCommand root;

    /** Options that name a period. */
    static final class PeriodOptions {
        @Option(names = "--period", defaultValue = "month", paramLabel = "day|week|month|quarter|year")
        String kind;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "A day in the period (default: today)")
        LocalDate date;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "A custom range instead (with --to)")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD")
        LocalDate to;

        Period period(KpiService kpi, CliMessages words) {
            if (from != null) {
                return Period.custom(from, to != null ? to : from, kpi.zone());
            }
            return kpi.period(CliChoices.period(kind, words), date != null ? date : kpi.today());
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Indicators of a period by a dimension.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        KpiCommand kpi;

        @Mixin
        PeriodOptions when;

        @Option(names = "--by", defaultValue = "district", paramLabel = "DIMENSION",
                description = "district, unit, street, community, grid, major_category, minor_category, channel,"
                        + " officer")
        String by;

        @Option(names = "--indicators", split = ",", paramLabel = "CODE",
                description = "Which (default: the reports' key figures); codes as in docs/indicators.md")
        List<String> indicators;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            CliMessages words = kpi.root.messages();
            Locale locale = kpi.root.locale();
            Dimension dimension = CliChoices.dimension(by, words);
            List<Indicator> which = new ArrayList<>();
            if (indicators == null) {
                which.addAll(ReportContent.KEY_FIGURES);
            } else {
                indicators.forEach(code -> which.add(CliChoices.indicator(code, words)));
            }
            try (Backend backend = database.open()) {
                Period period = when.period(backend.kpi(), words);
                IndicatorTable table = backend.kpi().figures(period, locale).by(dimension);
                StringBuilder head = new StringBuilder(dimension.label(locale));
                which.forEach(i -> head.append('\t').append(i.label(locale)));
                System.out.println(head);
                for (IndicatorRow r : table.rows()) {
                    System.out.println(line(r, which, locale));
                }
                if (dimension != Dimension.DISTRICT) {
                    System.out.println(line(table.total(), which, locale));
                }
                return 0;
            }
        }

        private static String line(IndicatorRow r, List<Indicator> which, Locale locale) {
            StringBuilder b = new StringBuilder(r.name());
            for (Indicator i : which) {
                Double v = r.value(i);
                b.append('\t').append(v == null ? "—" : i.kind() == Indicator.Kind.COUNT
                        ? String.format(locale, "%d", Math.round(v)) : String.format(locale, "%.2f", v));
            }
            return b.toString();
        }
    }
}

package org.gridcommand.cli.shift;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.domain.shift.DutyShift;
import org.gridcommand.domain.shift.RosterEntry;
import org.gridcommand.domain.shift.ShiftPlan;
import org.gridcommand.service.Backend;
import org.gridcommand.service.shift.DutyRoster;
import org.gridcommand.service.shift.ShiftWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridcommand shift roster [--from D] [--to D]}: who is on each shift, one line per shift (today by
 * default).
 */
@Command(name = "roster", mixinStandardHelpOptions = true, description = "Print the duty roster.")
final class ShiftRosterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--from", description = "First date (yyyy-MM-dd); default today.")
    LocalDate from;

    @Option(names = "--to", description = "Last date (yyyy-MM-dd); default the first date.")
    LocalDate to;

    @Override
    public Integer call() {
        ShiftWords w = ShiftCommand.words(spec);
        try (Backend backend = database.open()) {
            DutyRoster roster = backend.roster();
            LocalDate first = from == null ? roster.today() : from;
            LocalDate last = to == null ? first : to;
            ShiftPlan plan = roster.plan();
            int lines = 0;
            for (RosterEntry e : roster.roster(first, last)) {
                DutyShift s = plan.shift(e.shiftCode()).orElse(null);
                System.out.println(w.get("cli.rosterLine", e.date().toString(), s == null ? e.shiftCode() : s.name(),
                        s == null ? "" : s.hours(), e.leader(), String.join(w.get("cli.sep"), e.officers())));
                lines++;
            }
            if (lines == 0) {
                System.out.println(w.get("cli.rosterNone", first.toString(), last.toString()));
            }
            return 0;
        }
    }
}

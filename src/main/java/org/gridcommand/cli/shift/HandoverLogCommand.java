package org.gridcommand.cli.shift;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.domain.shift.Handover;
import org.gridcommand.service.Backend;
import org.gridcommand.service.shift.Handovers;
import org.gridcommand.service.shift.ShiftWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridcommand shift handover-log [--from D] [--to D] [--shift CODE] [--officer NAME] [--text T] [--pdf F]}:
 * the handovers found, newest first; with {@code --pdf} the newest one found is printed to that file (written to a
 * temporary file first, so a failed print leaves no half file).
 */
@Command(name = "handover-log", mixinStandardHelpOptions = true,
        description = "Search the handover log; print one as PDF.")
final class HandoverLogCommand implements Callable<Integer> {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--from", description = "First date (yyyy-MM-dd); default 7 days ago.")
    LocalDate from;

    @Option(names = "--to", description = "Last date (yyyy-MM-dd); default today.")
    LocalDate to;

    @Option(names = "--shift", description = "Shift code (NIGHT, DAY, EVENING).")
    String shift;

    @Option(names = "--officer", description = "Login of who handed over, took over or acknowledged.")
    String officer;

    @Option(names = "--text", description = "Text in the notes or an item.")
    String text;

    @Option(names = "--pdf", description = "Print the newest handover found to this PDF file.")
    Path pdf;

    @Override
    public Integer call() throws IOException {
        ShiftWords w = ShiftCommand.words(spec);
        try (Backend backend = database.open()) {
            Handovers handovers = backend.handovers();
            LocalDate today = backend.roster().today();
            ZoneId zone = backend.clock().getZone();
            List<Handover> found = handovers.search(from == null ? today.minusDays(7) : from, to == null ? today : to,
                    shift, officer, text);
            for (Handover h : found) {
                System.out.println(w.get("cli.logLine", String.valueOf(h.id()), h.date().toString(), h.shiftCode(),
                        h.outgoing(),
                        h.takenOver() ? h.takenBy() : w.get("cli.notTaken"), MINUTE.format(h.preparedAt().atZone(zone)),
                        h.items().size(), h.unacknowledged(), h.overridden() ? w.get("cli.overridden",
                                h.overrideReason()) : ""));
            }
            System.out.println(w.get("cli.found", found.size()));
            if (pdf != null) {
                if (found.isEmpty()) {
                    System.err.println(w.get("cli.nothingToPrint"));
                    return 1;
                }
                Path tmp = Files.createTempFile(pdf.toAbsolutePath().getParent(), ".handover-", ".pdf");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    handovers.print(found.get(0), w.locale(), out);
                }
                Files.move(tmp, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                System.out.println(w.get("cli.printed", pdf.toString()));
            }
            return 0;
        }
    }
}

package org.gridcommand.cli.intake;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.service.Backend;
import org.gridcommand.service.export.EventExportFilter;
import org.gridcommand.service.export.ExportFormat;
import org.gridcommand.service.export.ExportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gridcommand export events --format csv|geojson|open311}: events out for other systems. */
@Command(name = "events", mixinStandardHelpOptions = true, description = {
    "Export events as CSV, GeoJSON or Open311 GeoReport v2 requests (to --out, else to standard output).",
    "Dates are whole days on the console's clock, both included."})
public final class ExportEventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;


    @Option(names = "--format", required = true, description = "csv, geojson or open311")
    String format;

    @Option(names = "--from", paramLabel = "DATE", description = "First day reported (yyyy-MM-dd)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day reported (yyyy-MM-dd)")
    String to;

    @Option(names = "--state", paramLabel = "S", description = "Only events in this state, e.g. DISPATCHED, CLOSED")
    String state;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (replaced only when the export is whole)")
    Path file;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        EventExportFilter filter = new EventExportFilter(date(from, "--from"), date(to, "--to"), state(state));
        try (Backend b = database.open()) {
            if (file == null) {
                warnAboutSkipped(b.eventExports().export(f, filter, out));
                out.flush();
                return 0;
            }
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export-", ".part");
            ExportResult n;
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                n = b.eventExports().export(f, filter, o);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            System.err.printf("%,d events → %s%n", n.written(), file);
            warnAboutSkipped(n);
            return 0;
        }
    }

    /** Events whose stored row could not be read are left out; say which, so that someone can fix them. */
    private static void warnAboutSkipped(ExportResult result) {
        for (ExportResult.Skipped s : result.skipped()) {
            System.err.printf("warning: event %s (id %d) left out: %s%n", s.number(), s.id(), s.reason());
        }
    }

    private static LocalDate date(String s, String option) {
        try {
            return s == null ? null : LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + s + "' is not a date like 2026-11-24.");
        }
    }

    private static EventState state(String s) {
        try {
            return s == null ? null : EventState.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown state '" + s + "': use one of "
                    + Arrays.toString(EventState.values()) + ".");
        }
    }
}

package org.gridcommand.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.gridcommand.service.Backend;
import org.gridcommand.service.report.ReportContent;
import org.gridcommand.service.report.ReportFormat;
import org.gridcommand.service.report.ReportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gridcommand report daily|weekly|monthly --date D --format pdf|xlsx --out FILE}: the 日分析, 周总结 or
 * 月通报 of the day, week or month containing D (default: the last complete one), in --lang's language.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = {
    "Write the daily analysis, weekly summary or monthly bulletin (日分析 / 周总结 / 月通报) as PDF or XLSX.",
    "The period is the day, week (Monday–Sunday) or month containing --date (default: the last complete one)."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "daily|weekly|monthly", description = "Which report")
    String kind;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "A day in the period")
    LocalDate date;

    @Option(names = "--format", paramLabel = "pdf|xlsx", description = "File format (default: from --out's ending)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write it")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws IOException {
        CliMessages words = root.messages();
        ReportKind which = CliChoices.reportKind(kind, words);
        ReportFormat as = CliChoices.reportFormat(format, out, words);
        try (Backend backend = database.open()) {
            long t0 = System.nanoTime();
            LocalDate day = date != null ? date : lastComplete(which, backend.kpi().today());
            ReportContent content = backend.reports().content(which, day, root.locale());
            Path folder = out.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            // written beside the target and moved into place: a half-written report never has the final name
            Path partial = Files.createTempFile(folder, ".report-", ".part");
            try {
                try (OutputStream stream = Files.newOutputStream(partial)) {
                    backend.reports().write(content, as, stream);
                }
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            System.out.println(words.get("report.written", out, CliMessages.size(Files.size(out)),
                    content.words().period(content.comparison().current().scope().period()),
                    (System.nanoTime() - t0) / 1_000_000));
            return 0;
        }
    }

    private static LocalDate lastComplete(ReportKind kind, LocalDate today) {
        return switch (kind) {
            case DAILY -> today.minusDays(1);
            case WEEKLY -> today.minusWeeks(1);
            case MONTHLY -> today.minusMonths(1);
        };
    }
}

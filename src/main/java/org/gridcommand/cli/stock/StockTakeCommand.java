package org.gridcommand.cli.stock;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.service.Backend;
import org.gridcommand.service.resources.StockBook;
import org.gridcommand.service.resources.StockTakeFile;
import org.gridcommand.service.resources.StockTakeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stock take FILE.csv [--check]}: a stock take from a counted sheet. Every line is checked against the book
 * and reported; only when every line is sound are the differences booked (盘盈 / 盘亏), all in one transaction.
 */
@Command(name = "take", mixinStandardHelpOptions = true, description = {
    "Stock take (盘点) from a CSV sheet with columns warehouse,item,counted[,name,unit]",
    "(or 仓库编码,物资编码,盘点数量[,物资名称,单位]). Prints a report per line; books the",
    "differences only when every line is sound (all or nothing). --check books nothing."})
final class StockTakeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The counted sheet")
    Path file;

    @Option(names = "--check", description = "Only check and report; book nothing")
    boolean check;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The file's encoding (default: UTF-8 if it is valid UTF-8, else GB18030)")
    Charset encoding;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Reason on each correction (default: the file name)")
    String reason;

    @Option(names = "--db", paramLabel = "DB", description = "Database (file path or JDBC URL)")
    String db;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who counted (for the ledger)")
    String actor = System.getProperty("user.name", "warehouse keeper");

    @Override
    public Integer call() throws Exception {
        StockTakeFile.Sheet sheet;
        try {
            sheet = StockTakeFile.read(file, encoding);
        } catch (IllegalArgumentException e) {
            return StockCommand.refuse(spec, e.getMessage() + "; nothing was booked");
        }
        try (Backend backend = StockCommand.open(spec, db)) {
            StockBook book = backend.emergency().resources().stock();
            boolean readable = sheet.unreadable().isEmpty();
            StockTakeReport report = book.take(sheet.counts(), actor,
                    reason != null ? reason : "stock take " + file.getFileName(), readable && !check);
            List<StockTakeReport.Row> rows = new ArrayList<>(report.rows());
            rows.addAll(sheet.unreadable());
            rows.sort((a, b) -> Integer.compare(a.row(), b.row()));
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s (%s): %d lines%n", file.getFileName(), sheet.encoding(), rows.size());
            out.printf(Locale.ROOT, "%5s %-10s %-14s %8s %8s %8s  %s%n", "line", "warehouse", "item", "book",
                    "counted", "diff", "result");
            for (StockTakeReport.Row r : rows) {
                out.printf(Locale.ROOT, "%5d %-10s %-14s %8s %8s %8s  %s%n", r.row(), r.warehouseCode(), r.itemCode(),
                        r.book() == null ? "-" : r.book(), r.counted() == null ? "-" : r.counted(),
                        r.sound() ? String.format(Locale.ROOT, "%+d", r.difference()) : "-",
                        !r.sound() ? "PROBLEM: " + r.problem() : r.difference() == 0 ? "agrees"
                                : report.applied() ? "booked " + r.kind() : "to book " + r.kind());
            }
            long problems = rows.stream().filter(r -> !r.sound()).count();
            String result = report.applied() ? "booked " + report.corrections() + " corrections"
                    : problems > 0 ? "NOTHING BOOKED: " + problems + " line(s) to fix first"
                    : "checked, nothing booked (--check)";
            out.println(result);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.toString());
            json.put("lines", rows.size());
            json.put("problems", problems);
            json.put("corrections", report.corrections());
            json.put("booked", report.applied());
            out.println(new ObjectMapper().writeValueAsString(json));
            out.flush();
            return problems > 0 ? 1 : 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return StockCommand.refuse(spec, e.getMessage());
        }
    }
}

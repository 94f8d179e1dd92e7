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
import org.gridcommand.cli.ActorOption;
import org.gridcommand.cli.CliMessages;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.service.Backend;
import org.gridcommand.service.resources.StockBook;
import org.gridcommand.service.resources.StockTakeFile;
import org.gridcommand.service.resources.StockTakeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    DatabaseOptions database;

    @Mixin
    ActorOption actor;

    @Override
    public Integer call() throws Exception {
        CliMessages m = CliMessages.of(spec);
        StockTakeFile.Sheet sheet;
        try {
            sheet = StockTakeFile.read(file, encoding);
        } catch (StockTakeFile.Unreadable e) {
            return StockCommand.refuse(spec, m.get("stock.take.badFile", file,
                    m.get("stock.take.file." + e.problem().key(), e.problem().args().toArray())));
        }
        try (Backend backend = check ? database.open() : database.openSignedIn(actor)) {
            StockBook book = backend.resources().stock();
            boolean readable = sheet.unreadable().isEmpty();
            StockTakeReport report = book.take(sheet.counts(), check ? null : DatabaseOptions.actor(backend),
                    reason != null ? reason : m.get("stock.take.reason", file.getFileName()), readable && !check);
            List<StockTakeReport.Row> rows = new ArrayList<>(report.rows());
            rows.addAll(sheet.unreadable());
            rows.sort((a, b) -> Integer.compare(a.row(), b.row()));
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("stock.take.head", file.getFileName(), sheet.encoding(), rows.size()));
            out.printf(Locale.ROOT, "%5s %-10s %-14s %8s %8s %8s  %s%n", m.get("stock.col.line"),
                    m.get("stock.col.warehouse"), m.get("stock.col.item"), m.get("stock.col.onBook"),
                    m.get("stock.col.counted"), m.get("stock.col.diff"), m.get("stock.col.result"));
            for (StockTakeReport.Row r : rows) {
                out.printf(Locale.ROOT, "%5d %-10s %-14s %8s %8s %8s  %s%n", r.row(), r.warehouseCode(), r.itemCode(),
                        r.book() == null ? "-" : r.book(), r.counted() == null ? "-" : r.counted(),
                        r.sound() ? String.format(Locale.ROOT, "%+d", r.difference()) : "-", result(m, r, report));
            }
            long problems = rows.stream().filter(r -> !r.sound()).count();
            out.println(report.applied() ? m.get("stock.take.applied", report.corrections())
                    : problems > 0 ? m.get("stock.take.refused", problems) : m.get("stock.take.checked"));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.toString());
            json.put("lines", rows.size());
            json.put("problems", problems);
            json.put("corrections", report.corrections());
            json.put("booked", report.applied());
            out.println(new ObjectMapper().writeValueAsString(json));
            out.flush();
            return problems > 0 ? 1 : 0;
        }
    }

    private static String result(CliMessages m, StockTakeReport.Row r, StockTakeReport report) {
        if (!r.sound()) {
            return m.get("stock.take.problem", m.get("stock.take.problem." + r.problem().key(),
                    r.problem().args().toArray()));
        }
        if (r.difference() == 0) {
            return m.get("stock.take.agrees");
        }
        return m.get(report.applied() ? "stock.take.booked" : "stock.take.toBook", m.get("stock.move." + r.kind()));
    }
}

package org.gridcommand.cli.stock;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gridcommand.cli.CliMessages;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.service.Backend;
import org.gridcommand.service.resources.StockBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stock ledger WAREHOUSE [--item CODE] [--limit N]}: the warehouse's stock and its movements, newest first. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Print a warehouse's stock and its ledger (newest movement first, balance after each).")
final class StockLedgerCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WAREHOUSE", description = "Warehouse code, e.g. WH-003")
    String warehouse;

    @Option(names = "--item", paramLabel = "CODE", description = "Only this item")
    String item;

    @Option(names = "--limit", paramLabel = "N", description = "At most N movements (default 50)")
    int limit = 50;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        CliMessages m = CliMessages.of(spec);
        try (Backend backend = database.open()) {
            StockBook book = backend.resources().stock();
            StockBook.WarehouseRef w = StockCommand.warehouse(spec, book, warehouse);
            if (w == null) {
                return 1;
            }
            ZoneId zone = backend.clock().getZone();
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("stock.ledger.head", w.code(), w.name(), nz(w.keeper()), nz(w.phone())));
            out.printf(Locale.ROOT, "%-14s %10s %10s %10s%n", m.get("stock.col.item"), m.get("stock.col.onBook"),
                    m.get("stock.col.reserved"), m.get("stock.col.free"));
            for (StockBook.StockLine l : book.stock(w.id())) {
                if (item == null || l.itemCode().equalsIgnoreCase(item)) {
                    out.printf(Locale.ROOT, "%-14s %10d %10d %10d%s%n", l.itemCode(), l.quantity(), l.reserved(),
                            l.available(), m.unit(l.measureUnit()));
                }
            }
            List<StockBook.LedgerLine> lines = book.ledger(w.id(), limit).stream()
                    .filter(l -> item == null || l.itemCode().equalsIgnoreCase(item)).toList();
            out.printf(Locale.ROOT, "%n%-16s %-14s %-10s %8s %10s  %s%n", m.get("stock.col.time"),
                    m.get("stock.col.item"), m.get("stock.col.movement"), m.get("stock.col.qty"),
                    m.get("stock.col.balance"), m.get("stock.col.byReason"));
            for (StockBook.LedgerLine l : lines) {
                out.printf(Locale.ROOT, "%-16s %-14s %-10s %8d %10d  %s / %s%s%n", TIME.format(l.at().atZone(zone)),
                        l.itemCode(), m.get("stock.move." + l.kind()), l.quantity(), l.balanceAfter(), l.actor(),
                        nz(l.reason()), l.activationId() == null ? "" : " " + m.get("stock.forActivation",
                                l.activationId()));
            }
            out.flush();
            return 0;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

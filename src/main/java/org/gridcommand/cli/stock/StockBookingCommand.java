package org.gridcommand.cli.stock;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gridcommand.service.Backend;
import org.gridcommand.service.resources.StockBook;
import org.gridcommand.service.resources.StockShortage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stock receive|issue WAREHOUSE ITEM QUANTITY --reason TEXT}: one receipt or issue, with its reason. */
abstract class StockBookingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WAREHOUSE", description = "Warehouse code, e.g. WH-003")
    String warehouse;

    @Parameters(index = "1", paramLabel = "ITEM", description = "Item code, e.g. SANDBAG")
    String item;

    @Parameters(index = "2", paramLabel = "QUANTITY", description = "How many (a positive whole number)")
    int quantity;

    @Option(names = "--reason", required = true, paramLabel = "TEXT",
            description = "Why: where it came from, or who takes it for what")
    String reason;

    @Option(names = "--db", paramLabel = "DB", description = "Database (file path or JDBC URL)")
    String db;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who books it (for the ledger)")
    String actor = System.getProperty("user.name", "warehouse keeper");

    abstract StockBook.StockLine book(StockBook book, long warehouseId, String itemCode);

    abstract String verb();

    @Override
    public Integer call() {
        try (Backend backend = StockCommand.open(spec, db)) {
            StockBook book = backend.emergency().resources().stock();
            StockBook.WarehouseRef w = book.warehouse(warehouse);
            StockBook.StockLine line = book(book, w.id(), item.strip().toUpperCase(Locale.ROOT));
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s %d %s at %s: now %d on the book, %d reserved, %d free%n", verb(), quantity,
                    line.itemCode(), w.code(), line.quantity(), line.reserved(), line.available());
            out.flush();
            return 0;
        } catch (StockShortage e) {
            return StockCommand.refuse(spec, "not issued: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return StockCommand.refuse(spec, e.getMessage());
        }
    }

    /** {@code stock receive}: 入库. */
    @Command(name = "receive", mixinStandardHelpOptions = true,
            description = "Book stock received into a warehouse (a new item line if it held none).")
    static final class Receive extends StockBookingCommand {
        @Override
        StockBook.StockLine book(StockBook book, long warehouseId, String itemCode) {
            return book.receive(warehouseId, itemCode, quantity, actor, reason);
        }

        @Override
        String verb() {
            return "received";
        }
    }

    /** {@code stock issue}: 出库 (only what no response has reserved). */
    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Book stock issued from a warehouse (only what no running response has reserved).")
    static final class Issue extends StockBookingCommand {
        @Override
        StockBook.StockLine book(StockBook book, long warehouseId, String itemCode) {
            return book.issue(warehouseId, itemCode, quantity, actor, reason);
        }

        @Override
        String verb() {
            return "issued";
        }
    }
}

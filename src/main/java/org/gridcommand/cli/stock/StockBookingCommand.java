package org.gridcommand.cli.stock;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gridcommand.cli.ActorOption;
import org.gridcommand.cli.CliMessages;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.service.Backend;
import org.gridcommand.service.resources.StockBook;
import org.gridcommand.service.resources.StockShortage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    DatabaseOptions database;

    @Mixin
    ActorOption actor;

    abstract StockBook.StockLine book(StockBook book, long warehouseId, String itemCode, String by);

    abstract MovementKind kind();

    @Override
    public Integer call() {
        CliMessages m = CliMessages.of(spec);
        if (quantity <= 0) {
            return StockCommand.refuse(spec, m.get("stock.badQuantity", quantity));
        }
        if (reason.isBlank()) {
            return StockCommand.refuse(spec, m.get("stock.noReason"));
        }
        try (Backend backend = database.openSignedIn(actor)) {
            StockBook book = backend.resources().stock();
            StockBook.WarehouseRef w = StockCommand.warehouse(spec, book, warehouse);
            if (w == null) {
                return 1;
            }
            String code = item.strip().toUpperCase(Locale.ROOT);
            List<StockBook.StockLine> held = book.stock(w.id());
            StockBook.StockLine before = held.stream().filter(l -> l.itemCode().equals(code)).findFirst().orElse(null);
            if (kind() == MovementKind.OUT && before == null) {
                return StockCommand.refuse(spec, m.get("stock.noItem.OUT", w.code(), code,
                        held.stream().map(StockBook.StockLine::itemCode).toList()));
            }
            if (kind() == MovementKind.IN && before == null
                    && book.items().stream().noneMatch(k -> k.code().equals(code))) {
                return StockCommand.refuse(spec, m.get("stock.noItem.IN", code,
                        book.items().stream().map(StockBook.ItemKind::code).toList()));
            }
            if (kind() == MovementKind.OUT && before.available() < quantity) {
                return StockCommand.refuse(spec, m.get("stock.notIssued", w.code(), code, before.available(),
                        before.reserved(), quantity));
            }
            StockBook.StockLine line = book(book, w.id(), code, DatabaseOptions.actor(backend));
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("stock.booked." + kind(), quantity, line.itemCode(), w.code(), line.quantity(),
                    line.reserved(), line.available()));
            out.flush();
            return 0;
        } catch (StockShortage e) {
            // reserved by a commander between the check above and the booking
            return StockCommand.refuse(spec, m.get("stock.notIssued", warehouse, item, 0, 0, quantity));
        }
    }

    /** {@code stock receive}: 入库. */
    @Command(name = "receive", mixinStandardHelpOptions = true,
            description = "Book stock received into a warehouse (a new item line if it held none).")
    static final class Receive extends StockBookingCommand {
        @Override
        StockBook.StockLine book(StockBook book, long warehouseId, String itemCode, String by) {
            return book.receive(warehouseId, itemCode, quantity, by, reason);
        }

        @Override
        MovementKind kind() {
            return MovementKind.IN;
        }
    }

    /** {@code stock issue}: 出库 (only what no response has reserved). */
    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Book stock issued from a warehouse (only what no running response has reserved).")
    static final class Issue extends StockBookingCommand {
        @Override
        StockBook.StockLine book(StockBook book, long warehouseId, String itemCode, String by) {
            return book.issue(warehouseId, itemCode, quantity, by, reason);
        }

        @Override
        MovementKind kind() {
            return MovementKind.OUT;
        }
    }
}

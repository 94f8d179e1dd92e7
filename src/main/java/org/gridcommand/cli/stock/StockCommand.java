package org.gridcommand.cli.stock;

import java.util.List;
import org.gridcommand.cli.CliMessages;
import org.gridcommand.cli.CommandProblem;
import org.gridcommand.service.resources.StockBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gridcommand stock …}: the warehouse keeper's stock book from the command line. */
@Command(name = "stock", mixinStandardHelpOptions = true,
        description = "Warehouse stock: receive, issue, ledger, and the stock take from a CSV sheet.",
        subcommands = {StockBookingCommand.Receive.class, StockBookingCommand.Issue.class, StockLedgerCommand.class,
            StockTakeCommand.class})
public final class StockCommand {

    /** The warehouse with this code; null after saying, in the user's language, that there is none. */
    static StockBook.WarehouseRef warehouse(CommandSpec spec, StockBook book, String code) {
        List<StockBook.WarehouseRef> all = book.warehouses();
        StockBook.WarehouseRef found = all.stream().filter(w -> w.code().equalsIgnoreCase(code.strip())).findFirst()
                .orElse(null);
        if (found == null) {
            refuse(spec, CliMessages.of(spec).get("stock.noWarehouse", code,
                    all.stream().map(StockBook.WarehouseRef::code).toList()));
        }
        return found;
    }

    /** Prints a problem the user can fix and gives the exit code. */
    static int refuse(CommandSpec spec, String message) {
        return CommandProblem.refuse(spec, message);
    }
}

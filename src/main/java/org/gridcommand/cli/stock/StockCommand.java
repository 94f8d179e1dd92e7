package org.gridcommand.cli.stock;

import java.util.List;
import java.util.Map;
import org.gridcommand.cli.CliMessages;
import org.gridcommand.cli.DataFolder;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.service.resources.StockBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gridcommand stock …}: the warehouse keeper's stock book from the command line. */
@Command(name = "stock", mixinStandardHelpOptions = true,
        description = "Warehouse stock: receive, issue, ledger, and the stock take from a CSV sheet.",
        subcommands = {StockBookingCommand.Receive.class, StockBookingCommand.Issue.class, StockLedgerCommand.class,
            StockTakeCommand.class})
public final class StockCommand {

    /** Opens the backend the way every subcommand does (its own --db, else the root's, else the default). */
    static Backend open(CommandSpec spec, String db) {
        if (spec != null && spec.root().userObject() instanceof RootCommand root) {
            return root.openBackend(db);
        }
        Map<String, String> env = System.getenv();
        return Backend.open(db != null ? db : DataFolder.defaultDatabase(env), env.get("GRIDCOMMAND_DB_USER"),
                env.get("GRIDCOMMAND_DB_PASSWORD"), ConsoleClock.system());
    }

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
        spec.commandLine().getErr().println("gridcommand: " + message);
        spec.commandLine().getErr().flush();
        return 1;
    }
}

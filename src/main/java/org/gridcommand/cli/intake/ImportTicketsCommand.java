package org.gridcommand.cli.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.cli.BulkLoadCompaction;
import org.gridcommand.cli.CliMessages;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.service.Backend;
import org.gridcommand.service.intake.TicketFileException;
import org.gridcommand.service.intake.TicketImportOptions;
import org.gridcommand.service.intake.TicketImportReport;
import org.gridcommand.service.intake.TicketMapping;
import org.gridcommand.service.intake.TicketMappingException;
import org.gridcommand.service.intake.TicketMappingFile;
import org.gridcommand.service.intake.TicketWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gridcommand import tickets FILE --mapping M}: a 12345 hotline export into the closed loop. */
@Command(name = "tickets", mixinStandardHelpOptions = true, description = {
    "Import a 12345 hotline export (CSV or JSON) as events, described by a mapping file (.json or .yaml).",
    "The whole file is imported in one transaction, or nothing: a crash or kill mid-way leaves the database as it "
        + "was (the next open rolls the unfinished import back); then run it again. Tickets already imported are "
        + "merged, not duplicated. \"imported\" is printed only once the rows are on disk.",
    "Exit status: 0 every row imported or merged, 3 some rows rejected (see the report), 1 nothing imported."})
public final class ImportTicketsCommand implements Callable<Integer> {
    /** Exit status when some rows were rejected. */
    public static final int SOME_REJECTED = 3;
    private static final int PROGRESS_EVERY = 10_000;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "FILE", description = "The export: .csv (any other extension is read as CSV) or .json")
    Path file;

    @Option(names = "--mapping", required = true, paramLabel = "MAPPING", description = "Mapping file (.json/.yaml)")
    Path mapping;

    @Option(names = "--dispatch", description = "Also dispatch each registered ticket to the lead unit the dispatch "
            + "rules propose (default: they wait, registered, for the duty officer)")
    boolean dispatch;

    @Override
    public Integer call() {
        RootCommand root = (RootCommand) spec.root().userObject();
        TicketWords words = new TicketWords(root.locale());
        TicketMapping m;
        try {
            m = TicketMappingFile.read(mapping);
        } catch (TicketMappingException e) {
            System.err.println("gridcommand: " + words.say(e.problem()));
            return 1;
        }
        BulkLoadCompaction compaction = database.bulkLoadCompaction();
        TicketImportReport r;
        try (Backend b = database.openSignedIn(null)) {
            try {
                r = b.ticketImports().importFile(file, m, new TicketImportOptions(dispatch, this::showProgress));
            } catch (TicketFileException e) {
                System.err.println("gridcommand: " + words.say(e.problem()));
                return 1;
            } catch (TicketMappingException e) {
                System.err.println("gridcommand: " + words.say(e.problem()));
                return 1;
            }
        }
        // the report comes once the database is closed: the rows are committed and written to the file by then
        print(r, root.messages(), words);
        compaction.afterLoad(root.messages(), out);
        return r.rejected().isEmpty() ? 0 : SOME_REJECTED;
    }

    /** Every 10,000 rows a line on stderr: a big file takes minutes, and the person waiting should see it move. */
    private void showProgress(int row) {
        if (row > 0 && row % PROGRESS_EVERY == 0) {
            System.err.printf("… %,d rows%n", row);
        }
    }

    private final PrintStream out = System.out;

    private void print(TicketImportReport r, CliMessages m, TicketWords words) {
        out.println(m.get("tickets.summary", file.getFileName(), r.rows(), r.millis(), r.imported(), r.triage(),
                r.dispatched(), r.duplicates(), r.rejected().size()));
        out.println(m.get("tickets.flagged", r.noCoordinates(), r.outsideGrids()));
        r.unmappedCategories().forEach((c, n) -> out.println(m.get("tickets.unmapped", words.category(c), n)));
        // the row number as a plain figure: it must match the editor's line counter, not be grouped as 1,234
        r.rejected().forEach(x -> out.println(m.get("tickets.rejected", String.valueOf(x.row()),
                x.externalId() == null ? "-" : x.externalId(), words.say(x.reason()))));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("rows", r.rows());
        json.put("imported", r.imported());
        json.put("duplicates", r.duplicates());
        json.put("triage", r.triage());
        json.put("dispatched", r.dispatched());
        json.put("no_coordinates", r.noCoordinates());
        json.put("outside_grids", r.outsideGrids());
        json.put("rejected", r.rejected().size());
        try {
            out.println(new ObjectMapper().writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

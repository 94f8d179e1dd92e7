package org.gridcommand.cli.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gridcommand.cli.CliAccounts;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** An administrator imports the NYC 311 export from the command line, then exports it for a civic system. */
class TicketCommandsTest {
    static final Path NYC = Path.of("src/test/resources/real/nyc_311_sample_2010s.csv");

    @TempDir
    Path dir;

    private record Run(int exit, String out) {
    }

    private Run run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            RootCommand root = new RootCommand(o -> 0, CliAccounts.withPassword(), "unused");
            String[] signed = Arrays.copyOf(args, args.length + 2);
            signed[args.length] = "--user";
            signed[args.length + 1] = CliAccounts.ADMIN;
            int exit = RootCommand.commandLine(root, CommandLine.defaultFactory()).execute(signed);
            return new Run(exit, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }

    /** A new database with the accounts the script signs in with. */
    private static void withAccounts(String db) {
        try (Database d = Database.open(DatabaseLocation.parse(db, null, null))) {
            CliAccounts.create(d);
        }
    }

    @Test
    void import_tickets_reports_every_row_and_export_events_writes_open311() throws Exception {
        Path mapping = dir.resolve("nyc.json");
        Files.copy(Path.of(getClass().getResource("/intake/nyc311-mapping.json").toURI()), mapping);
        String db = dir.resolve("city").toString();
        withAccounts(db);

        Run first = run("--lang", "en", "import", "tickets", NYC.toString(), "--mapping", mapping.toString(),
                "--db", db,
                "--create");
        assertThat(first.exit()).isZero();
        String[] lines = first.out().strip().split("\n");
        JsonNode report = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(report.get("rows").asInt()).isEqualTo(199);
        assertThat(report.get("imported").asInt()).isEqualTo(199);
        assertThat(report.get("no_coordinates").asInt()).isEqualTo(6);
        assertThat(first.out()).contains("unmapped category Noise");

        Run again = run("--lang", "en", "import", "tickets", NYC.toString(), "--mapping", mapping.toString(),
                "--db", db);
        assertThat(again.out()).contains("0 imported").contains("199 merged as duplicates");

        Path out = dir.resolve("requests.json");
        Run export = run("export", "events", "--format", "open311", "--from", "2013-10-01", "--to", "2013-11-30",
                "--out", out.toString(), "--db", db);
        assertThat(export.exit()).isZero();
        JsonNode requests = new ObjectMapper().readTree(out.toFile());
        assertThat(requests).hasSize(199);
        assertThat(requests.get(0).has("service_request_id")).isTrue();

        assertThat(run("export", "events", "--format", "kml", "--db", db).exit()).isNotZero();
    }

    @Test
    void a_missing_mapping_column_imports_nothing_and_says_why() throws Exception {
        Path mapping = dir.resolve("bad.yaml");
        Files.writeString(mapping, "columns:\n  external_id: Ticket No\n  created_at: Created Date\n"
                + "  description: Descriptor\n");
        withAccounts(dir.resolve("x").toString());
        Run r = run("import", "tickets", NYC.toString(), "--mapping", mapping.toString(), "--db",
                dir.resolve("x").toString(), "--create");
        assertThat(r.exit()).isEqualTo(1);
    }
}

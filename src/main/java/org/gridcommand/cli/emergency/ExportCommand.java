package org.gridcommand.cli.emergency;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridcommand.cli.ActorOption;
import org.gridcommand.cli.CommandProblem;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.cli.ExportTilesCommand;
import org.gridcommand.cli.intake.ExportEventsCommand;
import org.gridcommand.service.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gridcommand export …}: data out of GridCommand in standard formats. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export data in standard formats.",
        subcommands = {ExportCommand.Cap.class, ExportEventsCommand.class,
            ExportTilesCommand.class})
public final class ExportCommand {

    /** {@code gridcommand export cap ACTIVATION [--out FILE]}: the activation's public warning as CAP 1.2 XML. */
    @Command(name = "cap", mixinStandardHelpOptions = true,
            description = "Write an activation's public warning as an OASIS CAP 1.2 alert (stdout or --out).")
    public static final class Cap implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ACTIVATION", description = "Activation id")
        long activation;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout")
        Path out;

        @Mixin
        DatabaseOptions database;

        @Mixin
        ActorOption actor;

        @Override
        public Integer call() throws Exception {
            try (Backend backend = database.openSignedIn(actor)) {
                String xml = backend.capExport().export(activation, DatabaseOptions.actor(backend));
                if (out == null) {
                    spec.commandLine().getOut().print(xml);
                    spec.commandLine().getOut().flush();
                } else {
                    Files.writeString(out, xml, StandardCharsets.UTF_8);
                    spec.commandLine().getErr().println("CAP alert written to " + out);
                }
                return 0;
            } catch (IllegalArgumentException | IllegalStateException e) {
                return CommandProblem.refuse(spec, e.getMessage());
            }
        }
    }
}

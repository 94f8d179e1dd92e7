package org.gridcommand.cli.loop;

import java.util.concurrent.Callable;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.service.Backend;
import org.gridcommand.service.event.ReturnVisitRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gridcommand event visit-tries [N]}: how many times the center calls a reporter back before the return
 * visit ends as "not reachable" (every console on the database applies it); with N, sets it (1–10).
 */
@Command(name = "visit-tries", mixinStandardHelpOptions = true,
        description = "Show, or set to N (1-10), the calls made to a reporter before the return visit ends as "
                + "not reachable.")
public final class VisitTriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "N", description = "New number of tries (1-10)")
    Integer tries;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        try (Backend backend = tries == null ? database.open() : database.openSignedIn(null)) {
            ReturnVisitRule rule = backend.returnVisitRule();
            if (tries != null) {
                rule.setTries(tries);
            }
            spec.commandLine().getOut().println("{\"return_visit_tries\":" + rule.tries() + "}");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}

package org.gridcommand.cli.drill;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridcommand.domain.drill.ScenarioProblem;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.service.Backend;
import org.gridcommand.service.drill.DrillWords;
import org.gridcommand.service.drill.ScenarioLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gridcommand drill validate SCENARIO}: every problem of a scenario, checked against this city. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file (YAML or XLSX) on its own and against the city of --db.")
public final class DrillValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .xlsx)")
    Path scenario;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        DrillWords words = DrillCommand.words(spec);
        try (Backend backend = database.open()) {
            ScenarioLoad load = backend.scenarioValidation().validate(scenario);
            PrintWriter out = spec.commandLine().getOut();
            if (load.clean()) {
                out.println(words.get("cli.validate.clean", scenario, load.scenario().name(),
                        load.scenario().injects().size(), load.scenario().totalPoints()));
                out.flush();
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println(words.get("cli.validate.problems", scenario, load.problems().size()));
            for (ScenarioProblem p : load.problems()) {
                err.println("  " + words.problem(p));
            }
            err.flush();
            return 1;
        }
    }
}

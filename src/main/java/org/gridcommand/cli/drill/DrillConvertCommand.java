package org.gridcommand.cli.drill;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridcommand.domain.drill.ScenarioProblem;
import org.gridcommand.service.drill.DrillWords;
import org.gridcommand.service.drill.ScenarioFiles;
import org.gridcommand.service.drill.ScenarioLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gridcommand drill convert SCENARIO --out FILE}: YAML to XLSX and back, for trainers who use spreadsheets. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Write a scenario as YAML or XLSX (by the --out file's name); nothing is written if it has "
                + "problems.")
public final class DrillConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .xlsx)")
    Path scenario;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write (.yaml or .xlsx)")
    Path out;

    @Override
    public Integer call() throws IOException {
        DrillWords words = DrillCommand.words(spec);
        ScenarioFiles files = new ScenarioFiles();
        ScenarioLoad load = files.read(scenario);
        if (!load.clean()) {
            spec.commandLine().getErr().println(words.get("cli.validate.problems", scenario, load.problems().size()));
            for (ScenarioProblem p : load.problems()) {
                spec.commandLine().getErr().println("  " + words.problem(p));
            }
            spec.commandLine().getErr().flush();
            return 1;
        }
        files.write(load.scenario(), out);
        spec.commandLine().getOut().println(words.get("cli.convert.written", out, load.scenario().injects().size()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}

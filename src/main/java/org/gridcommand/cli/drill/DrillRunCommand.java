package org.gridcommand.cli.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.domain.drill.DrillOutcome;
import org.gridcommand.domain.drill.DrillSpeed;
import org.gridcommand.domain.drill.PlayerAction;
import org.gridcommand.domain.drill.ScenarioProblem;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.service.Backend;
import org.gridcommand.service.drill.ActionScript;
import org.gridcommand.service.drill.AfterActionReport;
import org.gridcommand.service.drill.DrillCity;
import org.gridcommand.service.drill.DrillReports;
import org.gridcommand.service.drill.DrillWords;
import org.gridcommand.service.drill.HeadlessDrill;
import org.gridcommand.service.drill.ScenarioLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gridcommand drill run SCENARIO [--speed 60] [--actions SCRIPT] --report OUT}: runs a scenario headless on
 * a copy of the city of --db, scores it and writes the after-action report as OUT.json and OUT.pdf.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = {
    "Run a scenario headless on a copy of the city (live data is never touched), with scripted player actions;",
    "scores the expected actions and writes the after-action report as OUT.json and OUT.pdf."})
public final class DrillRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .xlsx)")
    Path scenario;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "0",
            description = "Drill clock speed: 1, 2, 5, 10 or 60 times real time; 0 (default) jumps from moment "
                    + "to moment")
    int speed;

    @Option(names = "--actions", paramLabel = "SCRIPT", description = "Scripted player actions (YAML, docs/drills.md)")
    Path actions;

    @Option(names = "--report", required = true, paramLabel = "OUT", description = "Report path: OUT.json and OUT.pdf")
    Path report;

    @Option(names = "--keep-copy", description = "Keep the drill's copy of the city afterwards (for a later look)")
    boolean keepCopy;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
        DrillWords words = DrillCommand.words(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (speed != 0 && DrillSpeed.of(speed) == null) {
            err.println("gridcommand: " + words.get("cli.run.badSpeed", speed));
            err.flush();
            return 2;
        }
        List<PlayerAction> script = List.of();
        if (actions != null) {
            ActionScript.Loaded loaded = ActionScript.read(actions);
            if (!loaded.problems().isEmpty()) {
                return problems(words, err, words.get("cli.run.actionProblems", actions, loaded.problems().size()),
                        loaded.problems());
            }
            script = loaded.actions();
        }
        try (Backend live = database.open()) {
            ScenarioLoad load = live.scenarioValidation().validate(scenario);
            if (!load.clean()) {
                return problems(words, err, words.get("cli.validate.problems", scenario, load.problems().size()),
                        load.problems());
            }
            ConsoleClock drillClock = new ConsoleClock(Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
            drillClock.stopAt(load.scenario().start().toInstant());
            DrillCity city = live.drillCities().start(drillClock);
            out.println(words.get("cli.run.copy", city.describe()));
            out.flush();
            DrillOutcome outcome;
            Path[] files;
            try {
                outcome = new HeadlessDrill(city, drillClock, speed).run(load.scenario(), script);
                files = DrillReports.write(AfterActionReport.of(outcome, city.describe()), report, words);
            } finally {
                if (keepCopy) {
                    city.closeAndKeep();
                } else {
                    city.close();
                }
            }
            AfterActionReport aar = AfterActionReport.of(outcome, city.describe());
            out.println(words.get("cli.run.done", outcome.score(), outcome.possible(), aar.contingenciesFired(),
                    files[0], files[1]));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("scenario", outcome.scenario().name());
            json.put("score", outcome.score());
            json.put("possible", outcome.possible());
            json.put("met", outcome.results().stream().filter(r -> r.met()).map(r -> r.expected().id()).toList());
            json.put("missed", outcome.results().stream().filter(r -> !r.met()).map(r -> r.expected().id()).toList());
            json.put("contingencies_fired", aar.contingenciesFired());
            json.put("report_json", files[0].toString());
            json.put("report_pdf", files[1].toString());
            out.println(new ObjectMapper().writeValueAsString(json));
            out.flush();
            return 0;
        }
    }

    private static int problems(DrillWords words, PrintWriter err, String headline, List<ScenarioProblem> problems) {
        err.println(headline);
        for (ScenarioProblem p : problems) {
            err.println("  " + words.problem(p));
        }
        err.flush();
        return 1;
    }
}

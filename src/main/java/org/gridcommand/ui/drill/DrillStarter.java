package org.gridcommand.ui.drill;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.gridcommand.domain.drill.ScenarioProblem;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.service.drill.ConsoleDrill;
import org.gridcommand.service.drill.DrillWords;
import org.gridcommand.service.drill.ScenarioLoad;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * The trainer's way into a drill from the live console: a status-bar button that asks for a scenario (those in the
 * scenarios folder, or any file), checks it against the city, copies the city and hands the running drill to the
 * console, which then opens the players' console on the copy. A scenario with problems starts nothing.
 */
public final class DrillStarter {
    /** The console's side of a drill start: it switches to the copy. */
    public interface Started {
        void drillStarted(ConsoleDrill drill, ConsoleClock drillClock);
    }

    private record Outcome(ConsoleDrill drill, ConsoleClock clock, Path file, List<ScenarioProblem> problems) {
    }

    private final Backend live;
    private final BackgroundTasks tasks;
    private final Messages words;
    private final Path scenarios;
    private final ZoneId zone;
    private final Started started;
    private final Button button;

    public DrillStarter(Backend live, BackgroundTasks tasks, Messages consoleMessages, Path scenarios, ZoneId zone,
                        Started started) {
        this.live = live;
        this.tasks = tasks;
        this.words = DrillFeatureWords.of(consoleMessages);
        this.scenarios = scenarios;
        this.zone = zone;
        this.started = started;
        this.button = new Button(words.get("drill.start"));
        button.setId("drill-start-button");
        button.getStyleClass().add("drill-start-button");
        button.setOnAction(e -> choose());
    }

    public Button button() {
        return button;
    }

    private void choose() {
        Window owner = button.getScene().getWindow();
        Optional<Path> file = new ScenarioChoice(words, scenarios, owner).showAndWait();
        file.ifPresent(this::start);
    }

    /** Checks {@code file} against the city and, when clean, copies the city and starts the drill on the copy. */
    void start(Path file) {
        button.setDisable(true);
        button.setText(words.get("drill.starting"));
        tasks.run(() -> {
            ScenarioLoad load = live.scenarioValidation().validate(file);
            if (!load.clean()) {
                return new Outcome(null, null, file, load.problems());
            }
            ConsoleClock clock = new ConsoleClock(Clock.systemUTC(), zone);
            return new Outcome(ConsoleDrill.start(live, load.scenario(), clock), clock, file, List.of());
        }, outcome -> {
            reset();
            if (outcome.drill() != null) {
                started.drillStarted(outcome.drill(), outcome.clock());
            } else {
                refuse(outcome);
            }
        }, failure -> {
            reset();
            Alert a = new Alert(Alert.AlertType.ERROR, words.get("drill.startFailed", String.valueOf(
                    failure.getMessage())));
            a.setHeaderText(null);
            a.show();
        });
    }

    private void refuse(Outcome outcome) {
        DrillWords problems = new DrillWords(words.locale());
        StringBuilder text = new StringBuilder(words.get("drill.problems", outcome.file().getFileName(),
                outcome.problems().size()));
        outcome.problems().forEach(p -> text.append('\n').append(problems.problem(p)));
        Alert a = new Alert(Alert.AlertType.WARNING, text.toString());
        a.setHeaderText(null);
        a.setResizable(true);
        a.show();
    }

    private void reset() {
        button.setDisable(false);
        button.setText(words.get("drill.start"));
    }
}

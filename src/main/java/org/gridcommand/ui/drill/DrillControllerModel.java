package org.gridcommand.ui.drill;

import java.util.concurrent.Callable;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;
import org.gridcommand.domain.drill.DrillBoard;
import org.gridcommand.domain.drill.DrillSpeed;
import org.gridcommand.domain.drill.PlayerRole;
import org.gridcommand.service.drill.ConsoleDrill;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * The controller view's state: the drill's board as last read, and the trainer's commands (clock, next inject,
 * ad-hoc inject), each run off the FX thread. The board is read again every second while the view is open, so
 * deliveries, the players' steps and met/missed results show as they happen.
 */
public final class DrillControllerModel {
    private static final Duration REFRESH = Duration.seconds(1);

    private final ConsoleDrill drill;
    private final BackgroundTasks tasks;
    private final Messages words;
    /** A refusal of the drill city's services, in the console's language. */
    private final EventWords refusals;
    private final ObjectProperty<DrillBoard> board = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Timeline refresher;
    /** A refresh is on its way (the next tick skips); unlike a command it does not make the buttons wait. */
    private boolean reading;
    /** Each answer is numbered by when it was asked: an older answer arriving late does not replace a newer one. */
    private long asked;
    private long shown;

    public DrillControllerModel(ConsoleDrill drill, BackgroundTasks tasks, Messages words) {
        this.drill = drill;
        this.tasks = tasks;
        this.words = words;
        this.refusals = new EventWords(words.locale());
        refresher = new Timeline(new KeyFrame(REFRESH, e -> refresh()));
        refresher.setCycleCount(Animation.INDEFINITE);
    }

    /** Starts reading the board every second (and reads it now). */
    public void open() {
        refresh();
        refresher.play();
    }

    public ObjectProperty<DrillBoard> boardProperty() {
        return board;
    }

    /** What went wrong with the last command, in the console's language; empty when it went through. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** True while a command is on its way (its buttons wait for it). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public String scenarioName() {
        return drill.scenario().name();
    }

    public String copy() {
        return drill.copy();
    }

    public void refresh() {
        if (reading || busy.get()) {
            return;
        }
        reading = true;
        long number = ++asked;
        tasks.run(drill::advance, b -> {
            reading = false;
            show(number, b);
        }, e -> {
            reading = false;
            problem.set(words.get("command.failed", why(e)));
        });
    }

    public void startClock(DrillSpeed speed) {
        command(() -> drill.startClock(speed));
    }

    public void pause() {
        command(drill::pause);
    }

    public void resume() {
        command(drill::resume);
    }

    public void speed(DrillSpeed speed) {
        command(() -> drill.speed(speed));
    }

    public void jumpToNextInject() {
        command(drill::jumpToNextInject);
    }

    /** Sends an event report made up now at {@code grid}; refuses with a message when a field is missing or wrong. */
    public void adHocReport(PlayerRole role, String originator, String content, String grid) {
        if (content == null || content.isBlank() || grid == null || grid.isBlank()) {
            problem.set(words.get("adhoc.needed"));
            return;
        }
        String place = grid.strip();
        String from = originator == null || originator.isBlank() ? words.get("adhoc.originator.default")
                : originator.strip();
        command(() -> {
            if (!drill.knowsPlace(place)) {
                throw new UnknownPlace(place);
            }
            return drill.adHocReport(role, from, content.strip(), place);
        });
    }

    /** Stops reading the board (the view is closing). */
    public void close() {
        refresher.stop();
    }

    private void command(Callable<DrillBoard> work) {
        busy.set(true);
        long number = ++asked;
        tasks.run(work, b -> {
            busy.set(false);
            show(number, b);
            problem.set("");
        }, e -> {
            busy.set(false);
            problem.set(e instanceof UnknownPlace u ? words.get("adhoc.unknownGrid", u.grid)
                    : e instanceof IllegalStateException ? words.get("clock.refused")
                    : words.get("command.failed", why(e)));
        });
    }

    /** A refusal in the console's language; anything else (a fault) as it was reported. */
    private String why(Throwable e) {
        String refusal = refusals.refusal(e);
        return refusal != null ? refusal : String.valueOf(e.getMessage());
    }

    private void show(long number, DrillBoard b) {
        if (number > shown) {
            shown = number;
            board.set(b);
        }
    }

    /** The grid an ad-hoc inject names is not in the drill city. */
    private static final class UnknownPlace extends RuntimeException {
        private final String grid;

        UnknownPlace(String grid) {
            super(grid);
            this.grid = grid;
        }
    }
}

package org.gridcommand.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.drill.DrillOutcome;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.service.drill.AfterActionReport;
import org.gridcommand.service.drill.ConsoleDrill;
import org.gridcommand.service.drill.DrillReports;
import org.gridcommand.service.drill.DrillWords;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.drill.DrillBanner;
import org.gridcommand.ui.drill.DrillControllerWindow;
import org.gridcommand.ui.drill.DrillFeatureWords;
import org.gridcommand.ui.drill.DrillStarter;
import org.gridcommand.ui.shell.ConsoleWindow;

/**
 * The console's drill mode (issue 14): a trainer signed in on the live city starts a drill; the console's own
 * screens then work on the drill's copy of the city, on the drill clock, under a 演练 / DRILL banner, the players
 * signing in with their own accounts, while the trainer's controller view has a window of its own. Ending the drill
 * removes the copy (after the report, if wanted) and gives the trainer the live console back.
 */
final class ConsoleDrillMode {
    /** The folder of ready scenarios, beside the installation (the working directory of the console). */
    static final Path SCENARIOS = Path.of("scenarios");

    /** What the drill mode needs of the console it switches. */
    interface Shell {
        /** Closes the screens shown now (their timers and listeners); the database stays open. */
        void closeFeatures();

        /** Shows the console on {@code backend} and {@code clock}: signed in as {@code account}, or its form first. */
        void open(Backend backend, ConsoleClock clock, Account account);

        /** Shows a line of progress where the console was. */
        void progress(String line);
    }

    private final Backend live;
    private final ConsoleClock liveClock;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Stage stage;
    private final String styleSheet;
    private final Shell shell;
    private ConsoleDrill drill;
    private DrillControllerWindow controller;
    private Account trainer;

    ConsoleDrillMode(Backend live, ConsoleClock liveClock, BackgroundTasks tasks, Messages messages, Stage stage,
                     String styleSheet, Shell shell) {
        this.live = live;
        this.liveClock = liveClock;
        this.tasks = tasks;
        this.messages = messages;
        this.stage = stage;
        this.styleSheet = styleSheet;
        this.shell = shell;
    }

    /** Whether the console works on a drill copy now. */
    boolean running() {
        return drill != null;
    }

    /**
     * Marks a console shown on the drill copy (banner, title); on the live city, gives a trainer the button that
     * starts a drill.
     */
    void decorate(ConsoleWindow window, Account account) {
        if (drill != null) {
            window.showBanner(DrillBanner.banner(messages, drill.scenario().name()));
            stage.setTitle(DrillBanner.title(messages, stage.getTitle(), drill.scenario().name()));
        } else if (account.holds(AccountRole.TRAINER)) {
            trainer = account;
            window.addStatusTool(new DrillStarter(live, tasks, messages, SCENARIOS, liveClock.getZone(),
                    this::enter).button());
        }
    }

    /** The sign-in form as shown: under the banner while a drill runs (players sign in on the copy). */
    Parent aroundSignIn(Parent form) {
        if (drill == null) {
            return form;
        }
        Node banner = DrillBanner.banner(messages, drill.scenario().name());
        Label hint = new Label(
                DrillFeatureWords.of(messages).get("banner.signin"));
        hint.getStyleClass().add("drill-signin-hint");
        BorderPane around = new BorderPane(form);
        around.setTop(new VBox(banner, hint));
        stage.setTitle(DrillBanner.title(messages, messages.get("app.title"), drill.scenario().name()));
        return around;
    }

    private void enter(ConsoleDrill started, ConsoleClock drillClock) {
        drill = started;
        shell.closeFeatures();
        controller = new DrillControllerWindow(started, tasks, messages, stage, styleSheet, this::end);
        controller.show();
        shell.open(started.services(), drillClock, null);
    }

    private void end(Path report) {
        ConsoleDrill ending = drill;
        Messages words = DrillFeatureWords.of(messages);
        shell.closeFeatures();
        shell.progress(words.get("drill.ending"));
        Locale locale = messages.locale();
        tasks.run(() -> {
            DrillOutcome outcome = ending.end(false);
            return report == null ? null : DrillReports.write(AfterActionReport.of(outcome, ending.copy()), report,
                    new DrillWords(locale));
        }, files -> {
            backToLive();
            Alert done = new Alert(Alert.AlertType.INFORMATION, files == null ? words.get("drill.ended")
                    : words.get("drill.ended") + "\n" + words.get("drill.reportWritten", files[0], files[1]));
            done.initOwner(stage);
            done.setHeaderText(null);
            done.show();
        }, failure -> {
            backToLive();
            Alert a = new Alert(Alert.AlertType.ERROR, words.get("drill.endFailed", failure.getMessage()));
            a.initOwner(stage);
            a.setHeaderText(null);
            a.show();
        });
    }

    private void backToLive() {
        controller.close();
        controller = null;
        drill = null;
        shell.open(live, liveClock, trainer);
    }

    /** The console is closing during a drill: the controller closes and the copy is removed (off the FX thread). */
    Runnable closeOnExit() {
        if (controller != null) {
            controller.close();
        }
        ConsoleDrill left = drill;
        drill = null;
        return () -> {
            if (left != null) {
                left.end(false);
            }
        };
    }
}

package org.gridcommand.ui.drill;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gridcommand.service.drill.ConsoleDrill;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * The trainer's controller view in a window of its own (the players' console keeps the main window, and never
 * shows the MSEL). It stays open for the whole drill: closing it is refused; the drill ends with its End button,
 * which asks whether to write the after-action report and then hands the end to the console.
 */
public final class DrillControllerWindow {
    private final Stage stage = new Stage();
    private final DrillControllerModel model;
    private final Messages words;

    /** {@code end} gets the report's path (OUT: OUT.json and OUT.pdf are written), or null for no report. */
    public DrillControllerWindow(ConsoleDrill drill, BackgroundTasks tasks, Messages consoleMessages, Window owner,
                                 String styleSheet, Consumer<Path> end) {
        this.words = DrillFeatureWords.of(consoleMessages);
        this.model = new DrillControllerModel(drill, tasks, words);
        DrillControllerView view = new DrillControllerView(model, words, () -> askToEnd(end));
        Scene scene = new Scene(view, 1280, 760);
        scene.getStylesheets().add(styleSheet);
        scene.getStylesheets().add(DrillBanner.STYLE);
        stage.setScene(scene);
        stage.setTitle(words.get("controller.title", drill.scenario().name()));
        stage.initOwner(owner);
        stage.setOnCloseRequest(e -> e.consume());
    }

    public void show() {
        stage.show();
        model.open();
    }

    public void close() {
        model.close();
        stage.setOnCloseRequest(null);
        stage.close();
    }

    /** The model, for tests that drive the view. */
    DrillControllerModel model() {
        return model;
    }

    private void askToEnd(Consumer<Path> end) {
        ButtonType withReport = new ButtonType(words.get("end.withReport"), ButtonBar.ButtonData.YES);
        ButtonType without = new ButtonType(words.get("end.withoutReport"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(words.get("choose.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, words.get("end.question"), withReport, without, cancel);
        ask.initOwner(stage);
        ask.setHeaderText(null);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return;
        }
        if (answer.get() == without) {
            model.close();
            end.accept(null);
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(words.get("end.reportFile"));
        chooser.setInitialFileName("aar");
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            model.close();
            end.accept(chosen.toPath());
        }
    }
}

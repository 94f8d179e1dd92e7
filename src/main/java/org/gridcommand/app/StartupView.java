package org.gridcommand.app;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.gridcommand.ui.common.Messages;

/** What the officer sees while the database opens and, on first start, the demo city is generated. */
final class StartupView extends VBox {
    private final Label step = new Label();
    private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Messages messages;

    StartupView(Messages messages) {
        this.messages = messages;
        getStyleClass().add("startup");
        setAlignment(Pos.CENTER);
        setSpacing(18);
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("startup-title");
        step.getStyleClass().add("startup-step");
        step.setWrapText(true);
        step.setMaxWidth(720);
        progress.setPrefWidth(480);
        progress.setId("startup-progress");
        getChildren().addAll(title, progress, step);
    }

    void show(String text, double fraction) {
        step.setText(text);
        progress.setProgress(fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : fraction);
    }

    /** Replaces the progress with the problem and a way out; the message already says what to do. */
    void fail(String problem, Runnable quit) {
        getChildren().remove(progress);
        Label heading = new Label(messages.get("startup.failed"));
        heading.getStyleClass().add("startup-title");
        step.setText(problem);
        step.getStyleClass().setAll("startup-error");
        Button button = new Button(messages.get("startup.quit"));
        button.setDefaultButton(true);
        button.setOnAction(e -> quit.run());
        getChildren().setAll(heading, step, button);
    }
}

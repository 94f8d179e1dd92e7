package org.gridcommand.ui.dispatch;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.ui.common.Messages;

/**
 * 处理反馈 and 核查通过 as a real center takes them: what was done or found (required) and photos of the site
 * (required where the event's 事项 says so). OK stays off until both are there, so nothing is sent to be refused.
 * The photos are chosen here and read in the background when the step is sent.
 */
final class StepDialog {
    private StepDialog() {
    }

    /** Photos chosen in a file chooser; tests give files directly. */
    interface PhotoChooser {
        List<Path> choose(Node owner);
    }

    static void show(Node owner, Messages messages, EventAction action, String number, boolean photoRequired,
                     PhotoChooser chooser, BiConsumer<String, List<Path>> confirmed) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(messages.get("step.title", messages.get("action." + action.name()), number));
        dialog.setHeaderText(messages.get("step.header." + action.name(), number));
        TextArea note = new TextArea();
        note.setId("step-note");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        ObservableList<Path> photos = FXCollections.observableArrayList();
        ListView<Path> list = new ListView<>(photos);
        list.setId("step-photos");
        list.setPrefHeight(90);
        list.setPlaceholder(new Label(messages.get("step.noPhoto")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.getFileName().toString());
            }
        });
        Button add = new Button(messages.get("step.addPhoto"));
        add.setId("step-add-photo");
        add.setOnAction(e -> chooser.choose(owner).stream().filter(p -> !photos.contains(p)).forEach(photos::add));
        Button remove = new Button(messages.get("step.removePhoto"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> photos.remove(list.getSelectionModel().getSelectedItem()));
        Label photosLabel = new Label(messages.get(photoRequired ? "step.photosRequired" : "step.photos"));
        VBox content = new VBox(6, new Label(messages.get("step.note." + action.name())), note, photosLabel, list,
                new HBox(6, add, remove));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("action." + action.name()), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("step-ok");
        okButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> note.getText().isBlank() || (photoRequired && photos.isEmpty()), note.textProperty(), photos));
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setResultConverter(b -> b);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ok) {
                confirmed.accept(note.getText().trim(), List.copyOf(photos));
            }
        });
        dialog.show();
        note.requestFocus();
    }

    /** The console's file chooser for photos. */
    static PhotoChooser fileChooser(Messages messages) {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("step.addPhoto"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("attach.images"),
                    "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp"));
            List<File> files = chooser.showOpenMultipleDialog(owner.getScene().getWindow());
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        };
    }
}

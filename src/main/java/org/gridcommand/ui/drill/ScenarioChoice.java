package org.gridcommand.ui.drill;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.gridcommand.ui.common.Messages;

/** Asks the trainer which scenario to run: one of the scenarios folder's files, or any file chosen on disk. */
final class ScenarioChoice extends Dialog<Path> {
    ScenarioChoice(Messages words, Path folder, Window owner) {
        initOwner(owner);
        setTitle(words.get("choose.title"));
        setHeaderText(words.get("choose.header", folder.toAbsolutePath().normalize()));
        ListView<Path> files = new ListView<>();
        files.setId("scenario-list");
        files.getItems().setAll(found(folder));
        files.setPlaceholder(new Label(words.get("choose.none", folder.toAbsolutePath().normalize())));
        files.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.getFileName().toString());
            }
        });
        files.setPrefSize(520, 220);
        if (!files.getItems().isEmpty()) {
            files.getSelectionModel().selectFirst();
        }
        Button browse = new Button(words.get("choose.browse"));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(words.get("choose.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("choose.filter"),
                    "*.yaml", "*.yml", "*.xlsx"));
            if (Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                files.getItems().add(0, chosen.toPath());
                files.getSelectionModel().selectFirst();
            }
        });
        getDialogPane().setContent(new VBox(8, files, browse));
        ButtonType start = new ButtonType(words.get("choose.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(start, new ButtonType(words.get("choose.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(start).disableProperty().bind(files.getSelectionModel().selectedItemProperty()
                .isNull());
        setResultConverter(b -> b == start ? files.getSelectionModel().getSelectedItem() : null);
    }

    /** The scenario files of {@code folder} (YAML or XLSX; the players' action scripts beside them are not). */
    static List<Path> found(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".xlsx"))
                        && !n.contains(".actions.");
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

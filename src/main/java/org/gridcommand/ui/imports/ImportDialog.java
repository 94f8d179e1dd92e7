package org.gridcommand.ui.imports;

import java.io.File;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.service.imports.GridImportReport;
import org.gridcommand.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The console's import window: grid boundaries from GeoJSON or a Shapefile (level, code/name/parent attributes
 * picked from the file, coordinate system), run in the background, then the report — created, updated, repaired,
 * rejected, with each noteworthy feature and why — and the base map file for the next start.
 */
public final class ImportDialog extends VBox {
    private final ImportModel model;
    private final Messages words;
    private final TableView<GridImportReport.Note> notes = new TableView<>();
    private final Label summary = new Label();

    public ImportDialog(ImportModel model, BaseMapModel baseMap, Messages messages) {
        this.model = model;
        this.words = messages.forFeature("org.gridcommand.ui.imports.messages");
        getStyleClass().add("import-dialog");
        setSpacing(10);
        setPadding(new Insets(14));

        Label heading = new Label(words.get("import.heading"));
        heading.getStyleClass().add("details-heading");
        TextField file = new TextField();
        file.setId("import-file");
        file.setEditable(false);
        file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null ? ""
                : model.fileProperty().get().toString(), model.fileProperty()));
        Button browse = new Button(words.get("import.browse"), new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        browse.setOnAction(e -> browse());
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);

        ComboBox<AreaLevel> level = new ComboBox<>();
        level.getItems().addAll(AreaLevel.values());
        level.valueProperty().bindBidirectional(model.levelProperty());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(AreaLevel l) {
                return l == null ? "" : words.get("level." + l);
            }

            @Override
            public AreaLevel fromString(String s) {
                return null;
            }
        });
        ComboBox<String> code = attributeBox("import-code");
        code.valueProperty().bindBidirectional(model.codeFieldProperty());
        ComboBox<String> name = attributeBox("import-name");
        name.valueProperty().bindBidirectional(model.nameFieldProperty());
        ComboBox<String> parent = attributeBox("import-parent");
        parent.valueProperty().bindBidirectional(model.parentFieldProperty());
        ComboBox<String> crs = new ComboBox<>();
        crs.setId("import-crs");
        crs.setEditable(true);
        crs.getItems().addAll(ImportModel.CRS_CHOICES);
        crs.valueProperty().bindBidirectional(model.crsProperty());
        crs.setPromptText(words.get("import.crs.auto"));
        crs.setTooltip(new Tooltip(words.get("import.crs.tip")));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(new ColumnConstraints(110), fields);
        level.setMaxWidth(Double.MAX_VALUE);
        crs.setMaxWidth(Double.MAX_VALUE);
        row(form, 0, "import.file", fileRow);
        row(form, 1, "import.level", level);
        row(form, 2, "import.code", code);
        row(form, 3, "import.name", name);
        row(form, 4, "import.parent", parent);
        row(form, 5, "import.crs", crs);

        Button run = new Button(words.get("import.run"), new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE));
        run.setId("import-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canImport(), model.fileProperty(),
                model.codeFieldProperty(), model.runningProperty()));
        run.setOnAction(e -> model.runImport());
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.visibleProperty().bind(model.runningProperty());
        Label problem = new Label();
        problem.setId("import-problem");
        problem.getStyleClass().add("import-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get() == null ? ""
                : model.problemProperty().get().describe(words.locale()), model.problemProperty()));
        HBox actions = new HBox(10, run, progress, problem);

        summary.setId("import-summary");
        summary.getStyleClass().add("fact-value");
        summary.setWrapText(true);
        notes.setId("import-notes");
        notes.setPlaceholder(new Label(words.get("import.notes.none")));
        notes.getColumns().add(column("import.col.feature", n -> n.feature()));
        notes.getColumns().add(column("import.col.code", n -> n.code()));
        notes.getColumns().add(column("import.col.kind", n -> words.get("import.kind." + n.kind())));
        TableColumn<GridImportReport.Note, String> reason = column("import.col.reason",
                n -> n.reason().describe(words.locale()));
        reason.setPrefWidth(360);
        notes.getColumns().add(reason);
        notes.setPrefHeight(220);
        notes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(notes, Priority.ALWAYS);
        model.reportProperty().addListener((o, old, r) -> show(r));

        Label baseMapHeading = new Label(words.get("basemap.heading"));
        baseMapHeading.getStyleClass().add("details-heading");
        Label baseMapStatus = new Label();
        baseMapStatus.setId("basemap-status");
        baseMapStatus.setWrapText(true);
        baseMapStatus.textProperty().bind(baseMap.statusProperty());
        Button chooseMap = new Button(words.get("basemap.choose"), new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        chooseMap.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MBTiles", "*.mbtiles"));
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                baseMap.choose(f.toPath());
            }
        });
        Button builtIn = new Button(words.get("basemap.builtin.use"));
        builtIn.setOnAction(e -> baseMap.useBuiltIn());

        // Esc fires the cancel button: the window closes with the keyboard too (no window manager, no title bar)
        Button close = new Button(messages.get("dialog.close"));
        close.setId("import-close");
        close.setCancelButton(true);
        close.setOnAction(e -> getScene().getWindow().hide());
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox footer = new HBox(push, close);

        getChildren().addAll(heading, form, actions, summary, notes, new Separator(), baseMapHeading,
                new HBox(8, chooseMap, builtIn), baseMapStatus, footer);
    }

    /** Opens the import window over {@code owner}. */
    public static Stage open(Window owner, ImportDialog dialog) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(dialog.words.get("import.title"));
        Scene scene = new Scene(dialog, 780, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(words.get("import.filter"), "*.geojson", "*.json", "*.shp"));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            model.chooseFile(f.toPath());
        }
    }

    private void show(GridImportReport r) {
        if (r == null) {
            summary.setText("");
            notes.getItems().clear();
            return;
        }
        summary.setText(words.get("import.summary", r.features(), r.created(), r.updated(), r.repaired(),
                r.rejected(), r.crs()));
        notes.getItems().setAll(r.notes());
    }

    private ComboBox<String> attributeBox(String id) {
        ComboBox<String> box = new ComboBox<>(model.attributes());
        box.setId(id);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void row(GridPane form, int row, String key, Node field) {
        Label label = new Label(words.get(key));
        label.getStyleClass().add("fact-name");
        form.add(label, 0, row);
        form.add(field, 1, row);
    }

    private TableColumn<GridImportReport.Note, String> column(String key,
            Function<GridImportReport.Note, String> value) {
        TableColumn<GridImportReport.Note, String> c = new TableColumn<>(words.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(110);
        return c;
    }
}

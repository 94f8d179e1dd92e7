package org.gridcommand.ui.emergency;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gridcommand.domain.unit.UnitKind;
import org.gridcommand.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * A plan level's unit tasks as a form: one row per task (which unit — a kind of unit such as 社区, or one unit's
 * code — and what it does), a button to add one and one on each row to drop it. Reads and writes the tasks as the
 * plan editor's model holds them (lines in the console's words, see {@link PlanText}).
 */
final class TasksForm extends VBox {
    private record Row(HBox box, ComboBox<String> unit, TextField task) {
    }

    private final Messages messages;
    private final VBox rows = new VBox(4);
    private final List<Row> shown = new ArrayList<>();
    private final Button add;
    private boolean editable;

    TasksForm(Messages messages) {
        this.messages = messages;
        setId("plan-tasks");
        setSpacing(4);
        add = new Button(messages.get("plans.task.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("plan-task-add");
        add.setOnAction(e -> addRow("", "").unit().requestFocus());
        getChildren().addAll(rows, add);
    }

    /** Shows {@code lines} (the level's tasks in the console's words: unit, a bar, the task; one per line). */
    void show(String lines, boolean editable) {
        this.editable = editable;
        shown.clear();
        rows.getChildren().clear();
        for (String line : lines == null ? new String[0] : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.indexOf('|');
            addRow(bar < 0 ? "" : line.substring(0, bar).strip(), line.substring(bar + 1).strip());
        }
        add.setDisable(!editable);
    }

    /** The tasks as entered, one per line; a row without a task is left out. */
    String text() {
        List<String> lines = new ArrayList<>();
        for (Row r : shown) {
            if (!r.task().getText().isBlank()) {
                String unit = r.unit().getEditor().getText();
                lines.add((unit == null ? "" : unit.strip()) + "|" + r.task().getText().strip());
            }
        }
        return String.join("\n", lines);
    }

    private Row addRow(String unit, String task) {
        // a kind of unit picked from the list (every such unit of the area gets the task), or one unit's code typed
        ComboBox<String> who = new ComboBox<>();
        who.setEditable(true);
        for (UnitKind k : UnitKind.values()) {
            who.getItems().add(messages.get("unitKind." + k));
        }
        who.setValue(unit);
        who.getEditor().setText(unit);
        who.getStyleClass().add("plan-task-unit");
        who.setPromptText(messages.get("plans.task.unit"));
        who.setPrefWidth(180);
        TextField what = new TextField(task);
        what.getStyleClass().add("plan-task-what");
        what.setPromptText(messages.get("plans.task.what"));
        HBox.setHgrow(what, Priority.ALWAYS);
        Button drop = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        drop.getStyleClass().add("plan-task-drop");
        HBox box = new HBox(4, who, what, drop);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("plan-task");
        box.setDisable(!editable);
        Row row = new Row(box, who, what);
        drop.setOnAction(e -> {
            shown.remove(row);
            rows.getChildren().remove(box);
        });
        shown.add(row);
        rows.getChildren().add(box);
        return row;
    }
}

package org.gridcommand.ui.emergency;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gridcommand.domain.emergency.NeedKind;
import org.gridcommand.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * A plan level's resource needs as a form: one row per need (supply, team or expert; which; how many), a button to
 * add one and one on each row to drop it. It reads and writes the level's needs as the plan editor's model holds
 * them (lines in the console's words, see {@link PlanText}); the administrator never types a line format.
 */
final class NeedsForm extends VBox {
    /** One row: its controls, or a stored line the form cannot show as a row (kept as it is, to be reported). */
    private record Row(HBox box, ComboBox<NeedKind> kind, TextField what, Spinner<Integer> quantity, String raw) {
    }

    private final Messages messages;
    private final VBox rows = new VBox(4);
    private final List<Row> shown = new ArrayList<>();
    private final Button add;
    private boolean editable;

    NeedsForm(Messages messages) {
        this.messages = messages;
        setId("plan-needs");
        setSpacing(4);
        add = new Button(messages.get("plans.need.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("plan-need-add");
        add.setOnAction(e -> addRow(NeedKind.ITEM, "", 1).what().requestFocus());
        getChildren().addAll(rows, add);
    }

    /** Shows {@code lines} (the level's needs in the console's words, one per line). */
    void show(String lines, boolean editable) {
        this.editable = editable;
        shown.clear();
        rows.getChildren().clear();
        for (String line : lines == null ? new String[0] : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            NeedKind kind = parts.length == 3 ? kind(parts[0].strip()) : null;
            Integer quantity = parts.length == 3 ? number(parts[2].strip()) : null;
            if (kind == null || quantity == null) {
                Label kept = new Label(line.strip());
                kept.getStyleClass().add("shortfall");
                Row row = new Row(new HBox(kept), null, null, null, line.strip());
                shown.add(row);
                rows.getChildren().add(row.box());
            } else {
                addRow(kind, parts[1].strip(), quantity);
            }
        }
        add.setDisable(!editable);
    }

    /** The needs as entered, in the console's words, one per line; rows with nothing named are left out. */
    String text() {
        List<String> lines = new ArrayList<>();
        for (Row r : shown) {
            if (r.raw() != null) {
                lines.add(r.raw());
            } else if (!r.what().getText().isBlank()) {
                lines.add(messages.get("plan.need." + r.kind().getValue()) + "|" + r.what().getText().strip() + "|"
                        + quantity(r.quantity()));
            }
        }
        return String.join("\n", lines);
    }

    private Row addRow(NeedKind kind, String what, int quantity) {
        ComboBox<NeedKind> kinds = new ComboBox<>();
        kinds.getItems().setAll(NeedKind.values());
        kinds.setConverter(new StringConverter<>() {
            @Override
            public String toString(NeedKind k) {
                return k == null ? "" : messages.get("plan.need." + k);
            }

            @Override
            public NeedKind fromString(String s) {
                return kind(s);
            }
        });
        kinds.setValue(kind);
        kinds.getStyleClass().add("plan-need-kind");
        TextField name = new TextField(what);
        name.getStyleClass().add("plan-need-what");
        name.setPromptText(messages.get("plans.need.what"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Spinner<Integer> count = new Spinner<>(1, 1_000_000, Math.max(1, quantity));
        count.setEditable(true);
        count.setPrefWidth(100);
        count.getStyleClass().add("plan-need-quantity");
        Button drop = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        drop.getStyleClass().add("plan-need-drop");
        HBox box = new HBox(4, kinds, name, count, drop);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("plan-need");
        Row row = new Row(box, kinds, name, count, null);
        drop.setOnAction(e -> {
            shown.remove(row);
            rows.getChildren().remove(box);
        });
        box.setDisable(!editable);
        shown.add(row);
        rows.getChildren().add(box);
        return row;
    }

    /** What the spinner shows, also when it was typed and not yet confirmed with Enter. */
    private static int quantity(Spinner<Integer> spinner) {
        Integer typed = number(spinner.getEditor().getText().strip().replace(",", ""));
        return typed != null ? typed : spinner.getValue();
    }

    private NeedKind kind(String word) {
        for (NeedKind k : NeedKind.values()) {
            if (messages.get("plan.need." + k).equalsIgnoreCase(word) || k.name().equalsIgnoreCase(word)) {
                return k;
            }
        }
        return null;
    }

    private static Integer number(String s) {
        try {
            int n = Integer.parseInt(s);
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.gridcommand.ui.emergency;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.ui.common.Messages;

/**
 * The board's lines: what, how many, how far, in what state; while proposed, a tick to take or drop each line and a
 * spinner for a supply's quantity. Split from {@link ActivationBoardView}, which arranges the board around it.
 */
final class BoardLinesTable extends TableView<BoardLine> {
    private final Messages messages;
    private final BoardWords words;
    /** The proposal's "take this line" ticks: shown only while there is a proposal to adjust. */
    private final TableColumn<BoardLine, Boolean> include = new TableColumn<>("");

    BoardLinesTable(ObservableList<BoardLine> lines, Messages messages, BoardWords words) {
        this.messages = messages;
        this.words = words;
        setId("board-lines");
        setEditable(true);
        setPrefHeight(380);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(messages.get("board.empty")));
        include.setCellValueFactory(c -> c.getValue().includedProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setEditable(true);
        include.setPrefWidth(28);
        include.setMaxWidth(28);
        TableColumn<BoardLine, String> kind = new TableColumn<>(messages.get("board.col.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get("kind." + c.getValue().kind())));
        kind.setPrefWidth(48);
        TableColumn<BoardLine, String> label = new TableColumn<>(messages.get("board.col.what"));
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(words.line(c.getValue())));
        label.setPrefWidth(210);
        TableColumn<BoardLine, BoardLine> quantity = new TableColumn<>(messages.get("board.col.quantity"));
        quantity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        quantity.setCellFactory(c -> new QuantityCell());
        quantity.setPrefWidth(84);
        TableColumn<BoardLine, String> distance = new TableColumn<>(messages.get("board.col.distance"));
        distance.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind() == LineKind.TASK ? ""
                : String.format(Locale.ROOT, "%.1f", c.getValue().distanceMeters() / 1000)));
        distance.setPrefWidth(56);
        TableColumn<BoardLine, String> status = new TableColumn<>(messages.get("board.col.status"));
        status.setCellValueFactory(c -> Bindings.createStringBinding(() -> words.status(c.getValue()),
                c.getValue().statusProperty()));
        status.setPrefWidth(70);
        getColumns().add(include);
        getColumns().add(kind);
        getColumns().add(label);
        getColumns().add(quantity);
        getColumns().add(distance);
        getColumns().add(status);
        setItems(lines);
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BoardLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("line-dropped", "line-task");
                if (item != null && !empty && item.kind() == LineKind.TASK) {
                    getStyleClass().add("line-task");
                }
            }
        });
    }

    /** Shows the take-or-drop ticks (while a proposal is adjusted) or hides them. */
    void showTicks(boolean shown) {
        include.setVisible(shown);
    }

    /** Quantity: a spinner for supplies while proposed (the commander may take less or more), text otherwise. */
    private final class QuantityCell extends TableCell<BoardLine, BoardLine> {
        @Override
        protected void updateItem(BoardLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            setGraphic(null);
            if (line == null || empty) {
                return;
            }
            if (line.kind() == LineKind.ITEM && line.lineId() == null) {
                Spinner<Integer> spinner = new Spinner<>(1, Math.max(1, line.proposedQuantity() * 10),
                        line.quantityProperty().get(), Math.max(1, line.proposedQuantity() / 10));
                spinner.setEditable(true);
                spinner.setPrefWidth(80);
                spinner.valueProperty().addListener((o, a, b) -> line.quantityProperty().set(b));
                setGraphic(spinner);
            } else {
                setText(words.quantity(line));
            }
        }
    }
}

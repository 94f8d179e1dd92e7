package org.gridcommand.ui.dispatch;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;
import org.gridcommand.service.event.EventQueueRow;

/**
 * Keeps the queue's selection when its rows are read again (after an action, a poll, another console's change):
 * the same event stays selected; when it left the list (its new state is filtered out), the row that took its
 * place is selected, so the keyboard can go on. The put-back is marked {@link #restoring()} so that the detail
 * keeps showing the event the officer acted on.
 */
final class SelectionKeeper {
    private final TableView<EventQueueRow> table;
    private final ObservableList<EventQueueRow> rows;
    private final ListChangeListener<EventQueueRow> onRows = c -> putBack();
    private Long lastId;
    private int lastIndex = -1;
    private boolean restoring;

    /** {@code rows}: the list the table's items are sorted from (the put-back runs after the table saw the change). */
    SelectionKeeper(TableView<EventQueueRow> table, ObservableList<EventQueueRow> rows) {
        this.table = table;
        this.rows = rows;
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && !restoring) {
                lastId = row.id();
                lastIndex = table.getSelectionModel().getSelectedIndex();
            }
        });
        rows.addListener(onRows);
    }

    boolean restoring() {
        return restoring;
    }

    void dispose() {
        rows.removeListener(onRows);
    }

    private void putBack() {
        EventQueueRow selected = table.getSelectionModel().getSelectedItem();
        if (lastId == null || (selected != null && selected.id() == lastId)) {
            return;
        }
        var items = table.getItems();
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == lastId) {
                index = i;
                break;
            }
        }
        if (index < 0 && items.isEmpty()) {
            return;
        }
        restoring = true;
        try {
            table.getSelectionModel().clearAndSelect(index >= 0 ? index : Math.min(lastIndex, items.size() - 1));
        } finally {
            restoring = false;
        }
        EventQueueRow now = table.getSelectionModel().getSelectedItem();
        if (now != null) {
            lastId = now.id();
            lastIndex = table.getSelectionModel().getSelectedIndex();
        }
    }
}

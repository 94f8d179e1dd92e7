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
    private final ObservableList<EventQueueRow> rows;
    /** Runs before the table hears of a change: whatever the selection does meanwhile is not the officer's. */
    private final ListChangeListener<EventQueueRow> before = c -> restoring = true;
    /** Runs after the table saw the change. */
    private final ListChangeListener<EventQueueRow> after = c -> putBack();
    private TableView<EventQueueRow> table;
    private Long lastId;
    private int lastIndex = -1;
    private boolean restoring;

    /**
     * Create it before the table's sorted view of {@code rows}, then {@link #attach} the table: its two listeners
     * must run before and after the table's own.
     */
    SelectionKeeper(ObservableList<EventQueueRow> rows) {
        this.rows = rows;
        rows.addListener(before);
    }

    void attach(TableView<EventQueueRow> table) {
        this.table = table;
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && !restoring) {
                lastId = row.id();
                lastIndex = table.getSelectionModel().getSelectedIndex();
            }
        });
        rows.addListener(after);
    }

    boolean restoring() {
        return restoring;
    }

    void dispose() {
        rows.removeListener(before);
        rows.removeListener(after);
    }

    private void putBack() {
        restoring = true;
        try {
            select();
        } finally {
            restoring = false;
        }
    }

    private void select() {
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
        table.getSelectionModel().clearAndSelect(index >= 0 ? index : Math.min(lastIndex, items.size() - 1));
        EventQueueRow now = table.getSelectionModel().getSelectedItem();
        if (now != null) {
            lastId = now.id();
            lastIndex = table.getSelectionModel().getSelectedIndex();
        }
    }
}

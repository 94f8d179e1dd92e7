package org.gridcommand.ui.dispatch;

import java.time.Instant;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import org.gridcommand.domain.event.TimeLimit;
import org.gridcommand.domain.event.TimeLimitStatus;
import org.gridcommand.service.event.EventQueueRow;

/** Cells of the queue that follow the clock (countdown, overdue rows) or show chips. */
final class QueueCells {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass NEW_URGENT = PseudoClass.getPseudoClass("new-urgent");

    private QueueCells() {
    }

    /** The countdown, redrawn every tick of the application clock; yellow near due, red overdue. */
    static final class CountdownCell extends TableCell<EventQueueRow, EventQueueRow> {
        private final ObservableValue<Instant> now;
        private final Chips chips;
        // held strongly here, weakly by the clock: a discarded cell does not keep listening
        private final InvalidationListener onTick = o -> show();

        CountdownCell(ObservableValue<Instant> now, Chips chips) {
            this.now = now;
            this.chips = chips;
            now.addListener(new WeakInvalidationListener(onTick));
            getStyleClass().add("countdown-cell");
        }

        @Override
        protected void updateItem(EventQueueRow row, boolean empty) {
            super.updateItem(row, empty);
            show();
        }

        private void show() {
            getStyleClass().removeAll("countdown-normal", "countdown-warning", "countdown-overdue");
            EventQueueRow row = getItem();
            if (row == null || isEmpty()) {
                setText(null);
                return;
            }
            TimeLimit.Countdown c = row.countdown(now.getValue());
            setText(chips.countdown(c));
            String style = Chips.countdownStyle(c);
            if (style != null) {
                getStyleClass().add(style);
            }
        }
    }

    /** A chip (urgency or state) as the cell's graphic. */
    static final class ChipCell<T> extends TableCell<EventQueueRow, T> {
        private final Function<T, Label> chip;

        ChipCell(Function<T, Label> chip) {
            this.chip = chip;
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setGraphic(value == null || empty ? null : chip.apply(value));
        }
    }

    /** Rows tinted red when overdue and yellow near due, flashing while a new urgent event is unacknowledged. */
    static final class QueueRow extends TableRow<EventQueueRow> {
        private final ObservableValue<Instant> now;
        private final Supplier<Set<Long>> newUrgent;
        private final InvalidationListener onTick = o -> mark();

        QueueRow(ObservableValue<Instant> now, Supplier<Set<Long>> newUrgent) {
            this.now = now;
            this.newUrgent = newUrgent;
            now.addListener(new WeakInvalidationListener(onTick));
        }

        @Override
        protected void updateItem(EventQueueRow row, boolean empty) {
            super.updateItem(row, empty);
            mark();
        }

        private void mark() {
            EventQueueRow row = getItem();
            TimeLimit.Countdown c = row == null || isEmpty() ? null : row.countdown(now.getValue());
            pseudoClassStateChanged(OVERDUE, c != null && c.status() == TimeLimitStatus.OVERDUE);
            pseudoClassStateChanged(WARNING, c != null && c.status() == TimeLimitStatus.WARNING);
            pseudoClassStateChanged(NEW_URGENT, row != null && !isEmpty() && newUrgent.get().contains(row.id()));
        }
    }
}

package org.gridcommand.ui.resources;

import java.util.List;
import java.util.function.ToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gridcommand.service.resources.StockBook;
import org.gridcommand.service.resources.StockBook.ItemKind;
import org.gridcommand.service.resources.StockBook.LedgerLine;
import org.gridcommand.service.resources.StockBook.StockLine;
import org.gridcommand.service.resources.StockBook.WarehouseRef;
import org.gridcommand.service.resources.StockCount;
import org.gridcommand.service.resources.StockShortage;
import org.gridcommand.service.resources.StockTakeReport;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * View-model of the warehouse keeper's desk (出入库): pick a warehouse, see what it holds, book stock received or
 * issued (item, quantity, reason), record what a count found on the shelf (盘点: the difference is booked), and read
 * its ledger. A booking is offered only when it can go through (an issue no larger than what is free, a count no
 * lower than what a running response holds), and acknowledged only after it is stored.
 */
public final class StockBookModel {
    private static final int LEDGER_ROWS = 200;

    private final StockBook book;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StockWords words;
    private final String actor;
    private final ObservableList<WarehouseRef> warehouses = FXCollections.observableArrayList();
    private final ObjectProperty<WarehouseRef> warehouse = new SimpleObjectProperty<>(this, "warehouse");
    private final ObservableList<StockLine> stock = FXCollections.observableArrayList();
    private final ObservableList<ItemKind> items = FXCollections.observableArrayList();
    private final ObservableList<LedgerLine> ledger = FXCollections.observableArrayList();
    private final ObjectProperty<ItemKind> item = new SimpleObjectProperty<>(this, "item");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty counted = new SimpleStringProperty(this, "counted", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanBinding canReceive;
    private final BooleanBinding canIssue;
    private final BooleanBinding canCount;

    public StockBookModel(StockBook book, BackgroundTasks tasks, Messages messages, StockWords words, String actor) {
        this.book = book;
        this.tasks = tasks;
        this.messages = messages;
        this.words = words;
        this.actor = actor;
        canReceive = Bindings.createBooleanBinding(() -> !busy.get() && warehouse.get() != null
                && item.get() != null && amount() > 0 && !reason.get().isBlank(), busy, warehouse, item, quantity,
                reason);
        canIssue = Bindings.createBooleanBinding(() -> canReceive.get() && amount() <= free(), canReceive, stock);
        canCount = Bindings.createBooleanBinding(() -> !busy.get() && warehouse.get() != null && item.get() != null
                && count() >= held(StockLine::reserved), busy, warehouse, item, counted, stock);
        warehouse.subscribe(w -> reload());
    }

    /** Reads the warehouses and the item catalogue (once the tab is first shown). */
    public void load() {
        tasks.run(() -> new Lists(book.warehouses(), book.items()), lists -> {
            warehouses.setAll(lists.warehouses());
            items.setAll(lists.items());
        }, this::fail);
    }

    private record Lists(List<WarehouseRef> warehouses, List<ItemKind> items) {
    }

    private record Contents(List<StockLine> stock, List<LedgerLine> ledger) {
    }

    private void reload() {
        WarehouseRef w = warehouse.get();
        stock.clear();
        ledger.clear();
        if (w == null) {
            return;
        }
        tasks.run(() -> new Contents(book.stock(w.id()), book.ledger(w.id(), LEDGER_ROWS)), c -> {
            if (w.equals(warehouse.get())) {
                stock.setAll(c.stock());
                ledger.setAll(c.ledger());
            }
        }, this::fail);
    }

    /** 入库. */
    public void receive() {
        if (canReceive.get()) {
            book(true);
        }
    }

    /** 出库. */
    public void issue() {
        if (canIssue.get()) {
            book(false);
        } else if (canReceive.get()) {
            message.set(messages.get("book.tooMuch", free()));
        }
    }

    private void book(boolean in) {
        WarehouseRef w = warehouse.get();
        ItemKind k = item.get();
        int n = amount();
        String why = reason.get().strip();
        busy.set(true);
        tasks.run(() -> {
            StockLine line = in ? book.receive(w.id(), k.code(), n, actor, why)
                    : book.issue(w.id(), k.code(), n, actor, why);
            return new Booked(line, new Contents(book.stock(w.id()), book.ledger(w.id(), LEDGER_ROWS)));
        }, booked -> {
            busy.set(false);
            stock.setAll(booked.contents().stock());
            ledger.setAll(booked.contents().ledger());
            StockLine l = booked.line();
            message.set(messages.get(in ? "book.received" : "book.issued",
                    words.amount(l.itemCode(), l.itemName(), l.measureUnit(), n), l.quantity(), l.available()));
            quantity.set("");
            reason.set("");
        }, this::fail);
    }

    private record Booked(StockLine line, Contents contents) {
    }

    /**
     * 盘点: what the keeper counted on the shelf for the chosen item becomes the book's figure; the difference is
     * booked as 盘盈 or 盘亏 (with the reason, if one is typed). The same stock take as the command line's, one line.
     */
    public void recordCount() {
        if (!canCount.get()) {
            return;
        }
        WarehouseRef w = warehouse.get();
        ItemKind k = item.get();
        int n = count();
        String why = reason.get().isBlank() ? null : reason.get().strip();
        busy.set(true);
        tasks.run(() -> {
            StockTakeReport report = book.take(List.of(new StockCount(1, w.code(), k.code(), n, k.name(),
                    k.measureUnit())), actor, why, true);
            return new Counted(report.rows().get(0), new Contents(book.stock(w.id()), book.ledger(w.id(),
                    LEDGER_ROWS)));
        }, done -> {
            busy.set(false);
            stock.setAll(done.contents().stock());
            ledger.setAll(done.contents().ledger());
            StockTakeReport.Row row = done.row();
            String what = words.item(k.code(), k.name());
            if (!row.sound()) {
                message.set(messages.get("take.problem." + row.problem().key(), row.problem().args().toArray()));
                return;
            }
            message.set(row.difference() == 0 ? messages.get("book.countAgrees", what, n)
                    : messages.get(row.difference() > 0 ? "book.countUp" : "book.countDown", what, n,
                    Math.abs(row.difference()), words.unit(k.measureUnit())));
            counted.set("");
            reason.set("");
        }, this::fail);
    }

    private record Counted(StockTakeReport.Row row, Contents contents) {
    }

    /** The count typed, or −1 when it is not a whole number (0 is a count: the shelf is empty). */
    int count() {
        try {
            int n = Integer.parseInt(counted.get().strip().replace(",", ""));
            return n >= 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** What the book says of the chosen item in the chosen warehouse ({@code figure} of its line; 0 if none). */
    int held(ToIntFunction<StockLine> figure) {
        ItemKind k = item.get();
        return k == null ? 0 : stock.stream().filter(l -> l.itemCode().equals(k.code())).mapToInt(figure)
                .findFirst().orElse(0);
    }

    /** The quantity typed, or −1 when it is not a positive whole number. */
    int amount() {
        try {
            int n = Integer.parseInt(quantity.get().strip().replace(",", ""));
            return n > 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** What of the chosen item is free to issue in the chosen warehouse. */
    int free() {
        return held(StockLine::available);
    }

    private void fail(Throwable error) {
        busy.set(false);
        message.set(error instanceof StockShortage ? messages.get("book.tooMuch", free())
                : messages.get("failed", error.getMessage()));
    }

    public ObservableList<WarehouseRef> warehouses() { return warehouses; }
    public ObjectProperty<WarehouseRef> warehouseProperty() { return warehouse; }
    public ObservableList<StockLine> stock() { return stock; }
    public ObservableList<ItemKind> items() { return items; }
    public ObservableList<LedgerLine> ledger() { return ledger; }
    public ObjectProperty<ItemKind> itemProperty() { return item; }
    public StringProperty quantityProperty() { return quantity; }
    public StringProperty reasonProperty() { return reason; }
    public StringProperty countedProperty() { return counted; }
    public BooleanBinding canCountProperty() { return canCount; }
    public StringProperty messageProperty() { return message; }
    public BooleanBinding canReceiveProperty() { return canReceive; }
    public BooleanBinding canIssueProperty() { return canIssue; }
    public StockWords words() { return words; }
}

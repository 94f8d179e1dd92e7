package org.gridcommand.ui.resources;

import java.util.List;
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
import org.gridcommand.service.resources.StockShortage;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * View-model of the warehouse keeper's desk (出入库): pick a warehouse, see what it holds, book stock received or
 * issued (item, quantity, reason), and read its ledger. A booking is offered only when it can go through (an issue
 * no larger than what is free), and acknowledged only after it is stored.
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
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanBinding canReceive;
    private final BooleanBinding canIssue;

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
        ItemKind k = item.get();
        return k == null ? 0 : stock.stream().filter(l -> l.itemCode().equals(k.code())).mapToInt(StockLine::available)
                .findFirst().orElse(0);
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
    public StringProperty messageProperty() { return message; }
    public BooleanBinding canReceiveProperty() { return canReceive; }
    public BooleanBinding canIssueProperty() { return canIssue; }
    public StockWords words() { return words; }
}

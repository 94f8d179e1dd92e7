package org.gridcommand.ui.resources;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.service.resources.StockBook.ItemKind;
import org.gridcommand.service.resources.StockBook.LedgerLine;
import org.gridcommand.service.resources.StockBook.StockLine;
import org.gridcommand.service.resources.StockBook.WarehouseRef;
import org.gridcommand.ui.common.Messages;

/**
 * The warehouse keeper's desk: a warehouse, what it holds, a booking line (item, quantity, reason, 入库 / 出库)
 * and the warehouse's ledger with the balance after each movement.
 */
final class StockBookView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final StockBookModel model;
    private final Subscription subscriptions;

    StockBookView(StockBookModel model, Messages messages, ZoneId zone) {
        this.model = model;
        StockWords words = model.words();
        setId("stock-book");
        setSpacing(6);
        ComboBox<WarehouseRef> warehouse = new ComboBox<>(model.warehouses());
        warehouse.setId("book-warehouse");
        warehouse.setPromptText(messages.get("book.pickWarehouse"));
        warehouse.setMaxWidth(Double.MAX_VALUE);
        // a combo box is as wide as its longest entry by default; in the side panel it takes the width there is
        warehouse.setMinWidth(120);
        warehouse.setCellFactory(v -> cell(w -> w.code() + "  " + w.name()));
        warehouse.setButtonCell(cell(w -> w.code() + "  " + w.name()));
        warehouse.valueProperty().bindBidirectional(model.warehouseProperty());
        Label keeper = new Label();
        keeper.getStyleClass().add("muted");

        TableView<StockLine> stock = new TableView<>(model.stock());
        stock.setId("book-stock");
        stock.setPrefHeight(170);
        stock.setMinHeight(130); // a few lines always show, however small the screen: the ledger gives way
        stock.setPlaceholder(new Label(messages.get("book.noStock")));
        column(stock, messages.get("col.item"), l -> words.item(l.itemCode(), l.itemName()), 120);
        column(stock, messages.get("book.col.onBook"), l -> l.quantity() + words.unit(l.measureUnit()), 70);
        column(stock, messages.get("book.col.reserved"), l -> Integer.toString(l.reserved()), 60);
        column(stock, messages.get("book.col.free"), l -> Integer.toString(l.available()), 60);

        ComboBox<ItemKind> item = new ComboBox<>(model.items());
        item.setId("book-item");
        item.setPromptText(messages.get("book.pickItem"));
        item.setCellFactory(v -> cell(k -> words.item(k.code(), k.name())));
        item.setButtonCell(cell(k -> words.item(k.code(), k.name())));
        item.valueProperty().bindBidirectional(model.itemProperty());
        item.setPrefWidth(180);
        item.setMinWidth(120);
        TextField quantity = new TextField();
        quantity.setId("book-quantity");
        quantity.setPromptText(messages.get("book.quantity"));
        quantity.setPrefColumnCount(6);
        quantity.textProperty().bindBidirectional(model.quantityProperty());
        TextField reason = new TextField();
        reason.setId("book-reason");
        reason.setPromptText(messages.get("book.reason"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Button in = new Button(messages.get("book.receive"));
        in.setId("book-receive");
        in.disableProperty().bind(model.canReceiveProperty().not());
        in.setOnAction(e -> model.receive());
        Button out = new Button(messages.get("book.issue"));
        out.setId("book-issue");
        out.disableProperty().bind(model.canIssueProperty().not());
        out.setOnAction(e -> model.issue());
        Label free = new Label();
        free.setId("book-free");
        free.getStyleClass().add("muted");
        free.textProperty().bind(Bindings.createStringBinding(() -> model.itemProperty().get() == null ? ""
                : messages.get("book.free", model.free()), model.itemProperty(), model.stock()));
        // the reason has a row of its own: its prompt (what to write) must read whole on a small screen
        reason.setMaxWidth(Double.MAX_VALUE);
        FlowPane form = new FlowPane(6, 6, item, quantity, in, out, free);
        form.setAlignment(Pos.CENTER_LEFT);
        VBox count = countRow(messages);
        Label message = new Label();
        message.setId("book-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        TableView<LedgerLine> ledger = new TableView<>(model.ledger());
        ledger.setId("book-ledger");
        ledger.setPlaceholder(new Label(messages.get("movements.none")));
        column(ledger, messages.get("col.time"), l -> TIME.format(l.at().atZone(zone)), 80);
        column(ledger, messages.get("col.item"), l -> words.item(l.itemCode(), l.itemName()), 110);
        column(ledger, messages.get("col.movement"), l -> words.movement(l.kind()), 64);
        column(ledger, messages.get("col.quantity"), l -> Integer.toString(l.quantity()), 50);
        column(ledger, messages.get("book.col.balance"), l -> Integer.toString(l.balanceAfter()), 60);
        column(ledger, messages.get("col.reason"), l -> byAndWhy(l, messages), 180);
        ledger.setPrefHeight(160);
        ledger.setMinHeight(100);
        VBox.setVgrow(ledger, Priority.ALWAYS);
        stock.getSelectionModel().selectedItemProperty().addListener((o, a, line) -> {
            if (line != null) {
                model.items().stream().filter(k -> k.code().equals(line.itemCode())).findFirst()
                        .ifPresent(model.itemProperty()::set);
            }
        });
        getChildren().addAll(warehouse, keeper, stock, form, reason, count, message,
                new Label(messages.get("book.ledger")), ledger);
        subscriptions = model.warehouseProperty().subscribe(w -> keeper.setText(w == null ? ""
                : messages.get("book.keeper", w.keeper() == null ? "" : w.keeper(),
                w.phone() == null ? "" : w.phone())));
    }

    /**
     * 盘点: what the count found on the shelf for the chosen item (the reason field above is used if filled). Not
     * offered below what a running response holds: that stock must still be there.
     */
    private VBox countRow(Messages messages) {
        TextField counted = new TextField();
        counted.setId("book-counted");
        counted.setPromptText(messages.get("book.counted"));
        counted.setPrefColumnCount(6);
        counted.textProperty().bindBidirectional(model.countedProperty());
        Button record = new Button(messages.get("book.count"));
        record.setId("book-count");
        record.disableProperty().bind(model.canCountProperty().not());
        record.setOnAction(e -> model.recordCount());
        Label hint = new Label();
        hint.setId("book-count-hint");
        hint.getStyleClass().add("muted");
        hint.textProperty().bind(Bindings.createStringBinding(() -> model.itemProperty().get() == null ? ""
                : messages.get("book.countHint", model.held(StockLine::quantity), model.held(StockLine::reserved)),
                model.itemProperty(), model.stock()));
        // the hint is a sentence: on a line of its own it wraps in the side panel instead of widening it
        hint.setWrapText(true);
        FlowPane row = new FlowPane(6, 6, new Label(messages.get("book.countTitle")), counted, record);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, hint);
    }

    /** Who booked it, and why: the response it was for, or the reason typed (a count may have none). */
    private static String byAndWhy(LedgerLine l, Messages messages) {
        String why = l.activationId() != null ? messages.get("book.forActivation", l.activationId())
                : l.reason() == null ? "" : l.reason();
        return why.isEmpty() ? l.actor() : l.actor() + messages.get("book.by") + why;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : text.apply(value));
            }
        };
    }

    private static <T> void column(TableView<T> table, String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(width);
        table.getColumns().add(c);
        // columns keep their width and the table scrolls sideways in the narrow side panel: squeezed, they cut
        // names and figures to "…"
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    void dispose() {
        subscriptions.unsubscribe();
    }
}

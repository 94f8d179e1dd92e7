package org.gridcommand.ui.resources;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.domain.emergency.StockMovement;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.service.resources.ExpertSnapshot;
import org.gridcommand.service.resources.StockSnapshot;
import org.gridcommand.service.resources.TeamSnapshot;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.resources.ResourcesModel.Row;

/**
 * Resource lookup: one search field (item, skill, field, name), a team status filter, and tables of warehouse
 * stock, teams and experts nearest first; a warehouse line shows its inventory movements; any selected line is
 * pinned on the map.
 */
final class ResourcesView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Subscription subscriptions;
    final TableView<Row<StockSnapshot>> stockTable = new TableView<>();
    final TableView<Row<TeamSnapshot>> teamTable = new TableView<>();
    final TableView<Row<ExpertSnapshot>> expertTable = new TableView<>();

    ResourcesView(ResourcesModel model, StockBookView stockBook, StockWords words, Messages messages, ZoneId zone,
                  Consumer<ResourcePinLayer.Pin> pin) {
        setId("resources-panel");
        setSpacing(6);
        setStyle("-fx-padding: 6;");
        Label origin = new Label();
        origin.setWrapText(true);
        TextField search = new TextField();
        search.setId("resource-search");
        search.setPromptText(messages.get("search.prompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnAction(e -> model.refresh(false));
        search.setMaxWidth(Double.MAX_VALUE);
        ComboBox<TeamStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(TeamStatus.values());
        status.setPromptText(messages.get("status.any"));
        status.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(TeamStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(s == null ? messages.get("status.any") : messages.get("team." + s));
            }
        });
        status.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TeamStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s == null ? messages.get("status.any") : messages.get("team." + s));
            }
        });
        status.valueProperty().bindBidirectional(model.teamStatusProperty());
        status.valueProperty().addListener((o, a, b) -> model.refresh(false));
        Button find = new Button(messages.get("search.button"));
        find.setOnAction(e -> model.refresh(false));
        Button reload = new Button(messages.get("reload"));
        reload.setOnAction(e -> model.refresh(true));
        // the search field has a row of its own: its examples must read whole on a 1366×768 screen too
        HBox bar = new HBox(6, status, find, reload);
        bar.setAlignment(Pos.CENTER_LEFT);

        column(stockTable, messages.get("col.item"), r -> words.item(r.resource().itemCode(), r.resource().itemName()),
                110);
        column(stockTable, messages.get("col.warehouse"), r -> r.resource().warehouseName(), 140);
        column(stockTable, messages.get("col.available"), r -> r.resource().available() + "/"
                + r.resource().quantity() + words.unit(r.resource().measureUnit()), 90);
        column(stockTable, messages.get("col.distance"), r -> km(r.distanceMeters()), 56);
        column(teamTable, messages.get("col.team"), r -> r.resource().name(), 140);
        column(teamTable, messages.get("col.skills"), r -> String.join(messages.get("list.separator"),
                r.resource().skills().stream().map(words::skill).toList()), 110);
        column(teamTable, messages.get("col.people"), r -> Integer.toString(r.resource().headcount()), 46);
        column(teamTable, messages.get("col.status"), r -> messages.get("team." + r.resource().status()), 60);
        column(teamTable, messages.get("col.distance"), r -> km(r.distanceMeters()), 56);
        column(expertTable, messages.get("col.expert"), r -> r.resource().name() + " "
                + words.title(r.resource().title()), 100);
        column(expertTable, messages.get("col.field"), r -> words.field(r.resource().field()), 60);
        column(expertTable, messages.get("col.available"), r -> messages.get(r.resource().available()
                ? "expert.available" : "expert.busy"), 56);
        column(expertTable, messages.get("col.contact"), r -> nz(r.resource().organization()) + " "
                + nz(r.resource().phone()), 150);
        column(expertTable, messages.get("col.distance"), r -> km(r.distanceMeters()), 56);
        stockTable.setItems(model.stock());
        teamTable.setItems(model.teams());
        expertTable.setItems(model.experts());
        stockTable.setId("stock-table");
        teamTable.setId("team-table");
        expertTable.setId("expert-table");

        TableView<StockMovement> moves = new TableView<>(model.movements());
        moves.setPrefHeight(160);
        moves.setPlaceholder(new Label(messages.get("movements.none")));
        column(moves, messages.get("col.time"), m -> TIME.format(m.getOccurredAt().atZone(zone)), 80);
        column(moves, messages.get("col.movement"), m -> words.movement(m.getKind()), 50);
        column(moves, messages.get("col.quantity"), m -> Integer.toString(m.getQuantity()), 56);
        column(moves, messages.get("col.reason"), m -> nz(m.getActor()) + messages.get("book.by")
                + (m.getActivationId() != null ? messages.get("book.forActivation", m.getActivationId())
                : nz(m.getReason())), 200);
        VBox stockBox = new VBox(4, stockTable, new Label(messages.get("movements")), moves);
        VBox.setVgrow(stockTable, Priority.ALWAYS);

        stockTable.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            model.showMovements(r == null ? null : r.resource());
            if (r != null) {
                pin.accept(new ResourcePinLayer.Pin(r.resource().lon(), r.resource().lat(),
                        r.resource().warehouseName()));
            }
        });
        teamTable.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                pin.accept(new ResourcePinLayer.Pin(r.resource().lon(), r.resource().lat(), r.resource().name()));
            }
        });
        expertTable.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                pin.accept(new ResourcePinLayer.Pin(r.resource().lon(), r.resource().lat(), r.resource().name()));
            }
        });
        // in the side panel's width the book's forms wrap onto more lines: it scrolls rather than hiding its buttons
        ScrollPane bookScroll = new ScrollPane(stockBook);
        bookScroll.setFitToWidth(true);
        // at least as tall as the view, so the ledger takes the height a big screen has; never squeezed to it
        // (fitToHeight would cut the wrapped sentences to one line)
        stockBook.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> bookScroll.getViewportBounds().getHeight(), bookScroll.viewportBoundsProperty()));
        Tab book = tab(messages.get("tab.book"), bookScroll);
        book.setId("stock-book-tab");
        TabPane kinds = new TabPane(tab(messages.get("tab.stock"), stockBox), tab(messages.get("tab.teams"), teamTable),
                tab(messages.get("tab.experts"), expertTable), book);
        VBox.setVgrow(kinds, Priority.ALWAYS);
        Label message = new Label();
        message.getStyleClass().add("muted");
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(origin, search, bar, message, kinds);
        subscriptions = model.originProperty().subscribe(o -> {
            origin.setText(o == null ? messages.get("origin.none") : messages.get("origin", o.name()));
            model.refresh(false);
        });
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
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

    private static String km(double meters) {
        return Double.isNaN(meters) ? "" : String.format(Locale.ROOT, "%.1f", meters / 1000);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    void dispose() {
        subscriptions.unsubscribe();
    }
}

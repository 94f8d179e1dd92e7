package org.gridcommand.ui.dispatch;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.service.account.WatchRights;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.queue.CategoryChoice;
import org.gridcommand.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The open-event queue: a filter bar over a virtualized table, most urgent deadline first (click a header to sort
 * otherwise), with the keys of the dispatch desk shown in the hint line. It only binds to {@link EventQueueModel}.
 */
final class QueueView extends VBox {
    private static final DateTimeFormatter REPORTED = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final EventQueueModel model;
    /** What the account at the console may do: the keys offered follow it. */
    private final WatchRights rights;
    private final Messages messages;
    private final TableView<EventQueueRow> table = new TableView<>();
    private final ComboBox<CategoryChoice> category = new ComboBox<>();
    private final Label areaLabel = new Label();
    private final Label keys = new Label();
    private final InvalidationListener urgentChanged;
    private final SelectionKeeper keeper;

    QueueView(EventQueueModel model, Messages messages, Chips chips, ZoneId zone, WatchRights rights) {
        this.rights = rights;
        this.model = model;
        this.messages = messages;
        getStyleClass().add("event-queue");

        // the open states, then the ended ones: closed and cancelled events are found here
        ComboBox<EventState> state = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.stream(EventState.values()).filter(EventState::isOpen).toList()));
        state.getItems().add(0, null);
        state.getItems().addAll(EventState.CLOSED, EventState.CANCELLED, EventState.MERGED);
        state.setConverter(converter(s -> s == null ? messages.get("filter.allStates") : chips.stateText(s)));
        state.setButtonCell(cell(s -> s == null ? messages.get("filter.allStates") : chips.stateText(s)));
        state.setId("filter-state");
        // every state at once: the ended ones at the bottom must not hide behind a scroll bar
        state.setVisibleRowCount(state.getItems().size());
        state.valueProperty().addListener((o, a, s) -> model.filterProperty().set(model.filterProperty().get()
                .withState(s)));

        category.setConverter(converter(c -> c == null ? messages.get("filter.allCategories") : c.path()));
        category.setButtonCell(cell(c -> c == null ? messages.get("filter.allCategories") : c.path()));
        category.setPrefWidth(200);
        category.valueProperty().addListener((o, a, c) -> model.filterProperty().set(model.filterProperty().get()
                .withCategory(c)));

        ComboBox<Channel> channel = new ComboBox<>(FXCollections.observableArrayList(Channel.values()));
        channel.getItems().add(0, null);
        channel.setConverter(converter(c -> c == null ? messages.get("filter.allChannels")
                : messages.get("channel." + c.name())));
        channel.setButtonCell(cell(c -> c == null ? messages.get("filter.allChannels")
                : messages.get("channel." + c.name())));
        channel.valueProperty().addListener((o, a, c) -> model.filterProperty().set(model.filterProperty().get()
                .withChannel(c)));

        CheckBox overdue = new CheckBox(messages.get("filter.overdue"));
        overdue.setId("filter-overdue");
        overdue.selectedProperty().addListener((o, a, on) -> model.filterProperty().set(model.filterProperty().get()
                .withOverdueOnly(on)));
        CheckBox urgent = new CheckBox(messages.get("filter.urgent"));
        urgent.setId("filter-urgent");
        urgent.selectedProperty().addListener((o, a, on) -> model.filterProperty().set(model.filterProperty().get()
                .withUrgentOnly(on)));
        // the filter also changes from elsewhere (the alarm badge, a search hit): the controls follow it
        model.filterProperty().addListener((o, a, f) -> {
            state.setValue(f.state());
            overdue.setSelected(f.overdueOnly());
            urgent.setSelected(f.urgentOnly());
        });

        areaLabel.getStyleClass().add("queue-area");
        Button allAreas = new Button(null, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        allAreas.getStyleClass().add("flat-button");
        allAreas.visibleProperty().bind(model.filterProperty().map(f -> f.area() != null));
        allAreas.setOnAction(e -> model.filterProperty().set(model.filterProperty().get().withArea(null)));
        areaLabel.textProperty().bind(model.filterProperty().map(f -> f.area() == null
                ? messages.get("filter.allAreas") : f.area().getName()));

        Label count = new Label();
        count.getStyleClass().add("queue-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.moreProperty().get() ? "queue.countMore" : "queue.count", model.rows().size()),
                model.rows(), model.moreProperty()));
        // a narrow queue (1366 px wide, English words) wraps its filters onto a second line instead of clipping them
        HBox where = new HBox(4, new FontIcon(MaterialDesignM.MAP_MARKER_RADIUS),
                areaLabel, allAreas);
        where.setAlignment(Pos.CENTER_LEFT);
        where.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(8, 4, where, state, category, channel, overdue, urgent, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPrefWrapLength(600);
        bar.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("queue-bar");

        table.setId("event-queue");
        table.setPlaceholder(new Label(messages.get("queue.empty")));
        table.getColumns().setAll(List.of(
                chipColumn(messages.get("col.urgency"), EventQueueRow::urgency, chips::urgency, 64,
                        Comparator.<Urgency>naturalOrder().reversed()),
                text(messages.get("col.number"), EventQueueRow::number, 150),
                text(messages.get("col.title"), chips::title, 220),
                chipColumn(messages.get("col.state"), EventQueueRow::state, chips::state, 76,
                        Comparator.<EventState>naturalOrder()),
                countdown(messages.get("col.countdown"), chips),
                text(messages.get("col.category"), EventQueueRow::categoryName, 110),
                text(messages.get("col.area"), EventQueueRow::areaNames, 240),
                text(messages.get("col.lead"), EventQueueRow::leadUnitName, 140),
                text(messages.get("col.reported"), r -> r.reportedAt() == null ? ""
                        : REPORTED.format(r.reportedAt().atZone(zone)), 90)));
        table.setRowFactory(t -> new QueueCells.QueueRow(model.nowProperty(), this::newUrgentIds));
        keeper = new SelectionKeeper(model.rows());
        SortedList<EventQueueRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        VBox.setVgrow(table, Priority.ALWAYS);

        keys.setId("queue-keys");
        keys.getStyleClass().add("queue-keys");
        keys.setPadding(new Insets(2, 8, 2, 8));
        getChildren().addAll(bar, table, keys);

        urgentChanged = o -> table.refresh();
        model.unacknowledged().addListener(urgentChanged);
        keeper.attach(table);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> showKeys(row));
        showKeys(null);
    }

    TableView<EventQueueRow> table() {
        return table;
    }

    /** True while the table puts the selection back after its rows were replaced (not the officer's choice). */
    boolean restoringSelection() {
        return keeper.restoring();
    }

    /** What can be done to the selected event now, as keys: only what its state allows. */
    List<DeskAction> offered(EventQueueRow row) {
        return row == null ? List.of()
                : DeskAction.offered(row.state(), row.countdown(model.nowProperty().get()), row.leadUnitId(), rights);
    }

    /** Another account holds the console: the keys shown follow its roles. */
    void operatorChanged() {
        showKeys(table.getSelectionModel().getSelectedItem());
    }

    /** "A 签收 · R 退回 · …" for the keys the selected event allows, then the ones that always work. */
    private void showKeys(EventQueueRow row) {
        List<String> hints = new ArrayList<>();
        if (row != null) {
            hints.add(messages.get("key.ENTER"));
        }
        for (DeskAction a : offered(row)) {
            hints.add(messages.get("key.action", a.key.getName(), messages.get(a.labelKey())));
        }
        if (rights.may(UseCase.REGISTER)) {
            hints.add(messages.get("key.N"));
        }
        hints.add(messages.get("key.SPACE"));
        keys.setText(String.join(messages.get("key.sep"), hints));
    }

    /** The categories the filter offers (all tiers: a 大类 includes what is below it). */
    void setCategories(List<CategoryChoice> all) {
        category.getItems().setAll(all);
        category.getItems().add(0, null);
    }

    void dispose() {
        model.unacknowledged().removeListener(urgentChanged);
        keeper.dispose();
    }

    private Set<Long> newUrgentIds() {
        return model.unacknowledged().stream().map(u -> u.id()).collect(Collectors.toSet());
    }

    private static TableColumn<EventQueueRow, String> text(String title,
            Function<EventQueueRow, String> value, double width) {
        TableColumn<EventQueueRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T extends Comparable<T>> TableColumn<EventQueueRow, T> chipColumn(String title,
            Function<EventQueueRow, T> value,
            Function<T, Label> chip, double width, Comparator<T> order) {
        TableColumn<EventQueueRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(col -> new QueueCells.ChipCell<>(chip));
        c.setPrefWidth(width);
        c.setComparator(order);
        return c;
    }

    private TableColumn<EventQueueRow, EventQueueRow> countdown(String title, Chips chips) {
        TableColumn<EventQueueRow, EventQueueRow> c = new TableColumn<>(title);
        c.setId("col-countdown");
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new QueueCells.CountdownCell(model.nowProperty(), chips));
        c.setComparator(Comparator.comparing(EventQueueRow::handlingDueAt,
                Comparator.nullsLast(Comparator.naturalOrder())));
        c.setPrefWidth(110);
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty ? null : text.apply(t));
            }
        };
    }
}

package org.gridcommand.ui.watch;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gridcommand.domain.shift.DutySign;
import org.gridcommand.domain.shift.DutySlot;
import org.gridcommand.domain.shift.Handover;
import org.gridcommand.domain.shift.HandoverItem;
import org.gridcommand.domain.shift.RosterEntry;
import org.gridcommand.service.shift.ShiftWords;
import org.gridcommand.ui.common.Messages;

/**
 * The watch panel (值班): the shift on now and the person's 签到/签退, today's roster and the month, the handover
 * (prepare with notes; acknowledge each item and take over; a 值班长's override with a reason), swaps and the
 * handover log ({@link WatchLogView}). It binds to {@link WatchModel} and forwards clicks; buttons are enabled only
 * when the model says the action would be accepted.
 */
final class WatchView extends VBox {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final WatchModel model;
    private final Messages m;
    private final ShiftWords words;
    private final ZoneId zone;
    private final Label shiftNow = new Label();
    private final Label signState = new Label();
    private final Label todayRoster = new Label();
    private final Label handoverState = new Label();
    private final ListView<HandoverItem> items = new ListView<>();

    WatchView(WatchModel model, Messages messages, ZoneId zone, WatchLogView log, WatchSwapView swaps) {
        this.model = model;
        this.m = messages;
        this.words = new ShiftWords(messages.locale());
        this.zone = zone;
        setSpacing(8);
        setPadding(new Insets(8));
        getStyleClass().add("watch-panel");
        Label said = new Label();
        said.setId("watch-message");
        said.setWrapText(true);
        said.textProperty().bind(model.messageProperty());
        said.styleProperty().bind(Bindings.when(model.problemProperty()).then("-fx-text-fill: #b02020;")
                .otherwise("-fx-text-fill: #1f6f3a;"));
        getChildren().addAll(said, duty(), rosterPane(), handoverPane(), swaps, log);
        model.slotProperty().subscribe(this::showShift);
        model.openSignProperty().subscribe(this::showSign);
        model.month().subscribe(this::showToday);
        model.handoverProperty().subscribe(this::showHandover);
    }

    private VBox duty() {
        shiftNow.setId("watch-shift-now");
        shiftNow.getStyleClass().add("watch-heading");
        signState.setId("watch-sign-state");
        Button in = button("watch-sign-in", "action.signIn");
        in.disableProperty().bind(model.can().signIn.not().or(model.busyProperty()));
        in.setOnAction(e -> model.signIn());
        Button out = button("watch-sign-out", "action.signOut");
        out.disableProperty().bind(model.can().signOut.not().or(model.busyProperty()));
        out.setOnAction(e -> model.signOut());
        signState.setWrapText(true);
        return new VBox(4, shiftNow, signState, new HBox(8, in, out));
    }

    private TitledPane rosterPane() {
        todayRoster.setId("watch-today");
        todayRoster.setWrapText(true);
        TableView<RosterEntry> table = new TableView<>(model.month());
        table.setId("watch-month");
        table.setPrefHeight(200);
        table.getColumns().add(column("col.date", e -> e.date().toString()));
        table.getColumns().add(column("col.shift", e -> model.shiftName(e.shiftCode())));
        table.getColumns().add(column("col.leader", RosterEntry::leader));
        table.getColumns().add(column("col.officers", e -> String.join(m.get("list.sep"), e.officers())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label monthLabel = new Label(m.get("section.month"));
        TitledPane pane = new TitledPane(m.get("section.roster"), new VBox(6, todayRoster, monthLabel, table));
        pane.setId("watch-roster");
        return pane;
    }

    private TitledPane handoverPane() {
        handoverState.setId("watch-handover-state");
        handoverState.setWrapText(true);
        TextArea notes = new TextArea();
        notes.setId("watch-notes");
        notes.setPromptText(m.get("prompt.notes"));
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notesProperty());
        notes.disableProperty().bind(model.can().prepare.not());
        Button prepare = button("watch-prepare", "action.prepare");
        prepare.disableProperty().bind(model.can().prepare.not().or(model.busyProperty()));
        prepare.setOnAction(e -> model.prepare());
        items.setId("watch-items");
        items.setPrefHeight(220);
        items.setCellFactory(v -> new ItemCell());
        Button all = button("watch-ack-all", "action.acknowledgeAll");
        all.disableProperty().bind(model.can().acknowledge.not().or(model.busyProperty()));
        all.setOnAction(e -> model.acknowledgeAll());
        Button take = button("watch-take-over", "action.takeOver");
        take.disableProperty().bind(model.can().takeOver.not().or(model.busyProperty()));
        take.setOnAction(e -> model.takeOver());
        TextField reason = new TextField();
        reason.setId("watch-override-reason");
        reason.setPromptText(m.get("prompt.overrideReason"));
        reason.textProperty().bindBidirectional(model.overrideReasonProperty());
        reason.visibleProperty().bind(model.can().override);
        reason.managedProperty().bind(model.can().override);
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button override = button("watch-override", "action.override");
        override.visibleProperty().bind(model.can().override);
        override.managedProperty().bind(model.can().override);
        override.disableProperty().bind(model.overrideReasonProperty().isEmpty().or(model.busyProperty()));
        override.setOnAction(e -> model.override());
        VBox box = new VBox(6, notes, prepare, handoverState, items, new HBox(8, all, take),
                new HBox(8, reason, override));
        TitledPane pane = new TitledPane(m.get("section.handover"), box);
        pane.setId("watch-handover");
        return pane;
    }

    private void showShift(DutySlot slot) {
        shiftNow.setText(slot == null ? m.get("shift.none")
                : m.get("shift.now", slot.shift().name(), slot.shift().hours(), slot.date().toString()));
    }

    private void showSign(DutySign s) {
        signState.setText(s == null ? m.get("sign.none") : m.get("sign.in", time(s.signedInAt()),
                model.shiftName(s.shiftCode()), m.get(s.onRoster() ? "sign.onRoster" : "sign.offRoster")));
    }

    private void showToday() {
        StringBuilder text = new StringBuilder();
        model.month().stream().filter(e -> e.date().equals(model.todayProperty().get())).forEach(e -> {
            String hours = model.planProperty().get().shift(e.shiftCode()).map(s -> s.hours()).orElse("");
            text.append(m.get("today.line", model.shiftName(e.shiftCode()), hours, e.leader(),
                    String.join(m.get("list.sep"), e.officers()))).append('\n');
        });
        todayRoster.setText(text.isEmpty() ? m.get("today.none") : text.toString().strip());
    }

    private void showHandover(Handover h) {
        items.getItems().setAll(h == null ? List.of() : h.items());
        if (h == null) {
            handoverState.setText(m.get("handover.none"));
        } else if (h.overridden()) {
            handoverState.setText(m.get("handover.overridden", model.shiftName(h.shiftCode()), h.outgoing(),
                    h.takenBy(), time(h.takenAt()), h.overrideReason()));
        } else if (h.takenOver()) {
            handoverState.setText(m.get("handover.taken", model.shiftName(h.shiftCode()), h.outgoing(), h.takenBy(),
                    time(h.takenAt())));
        } else {
            handoverState.setText(m.get("handover.waiting", model.shiftName(h.shiftCode()), h.outgoing(),
                    time(h.preparedAt()), h.items().size(), h.unacknowledged()));
        }
    }

    private String time(Instant t) {
        return t == null ? "" : MINUTE.format(t.atZone(zone));
    }

    private Button button(String id, String key) {
        Button b = new Button(m.get(key));
        b.setId(id);
        return b;
    }

    private TableColumn<RosterEntry, String> column(String key, Function<RosterEntry, String> f) {
        TableColumn<RosterEntry, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    /** One item: what it is, and its acknowledgement or the button that records it. */
    private final class ItemCell extends ListCell<HandoverItem> {
        @Override
        protected void updateItem(HandoverItem i, boolean empty) {
            super.updateItem(i, empty);
            if (empty || i == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String due = i.dueAt() == null ? "" : " · " + m.get("item.due", time(i.dueAt()));
            Label what = new Label("【" + words.kind(i.kind()) + "】" + (i.refCode() == null ? "" : i.refCode() + " ")
                    + (i.title() == null ? "" : i.title()) + due);
            what.setWrapText(true);
            what.setMaxWidth(420);
            HBox.setHgrow(what, Priority.ALWAYS);
            HBox row = new HBox(8, what);
            if (i.acknowledged()) {
                Label ack = new Label(m.get("item.acknowledged", i.acknowledgedBy(), time(i.acknowledgedAt())));
                ack.getStyleClass().add("watch-acked");
                row.getChildren().add(ack);
            } else {
                Label open = new Label(m.get("item.open"));
                open.getStyleClass().add("watch-open");
                Button ack = new Button(m.get("action.acknowledge"));
                ack.getStyleClass().add("watch-ack");
                ack.disableProperty().bind(model.can().acknowledge.not().or(model.busyProperty()));
                ack.setOnAction(e -> model.acknowledge(i));
                row.getChildren().addAll(open, ack);
            }
            setText(null);
            setGraphic(row);
        }
    }
}

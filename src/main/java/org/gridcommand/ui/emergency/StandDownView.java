package org.gridcommand.ui.emergency;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.emergency.BoardEntry;
import org.gridcommand.service.emergency.StandDownReview;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.emergency.StandDownModel.TaskRow;
import org.gridcommand.ui.emergency.StandDownModel.UsedRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The stand-down confirmation on the board: what will be given back (updated as the commander enters what was
 * used), the teams and experts freed, each open task event with its choice, then 确认终止 or 返回.
 */
final class StandDownView extends VBox {
    private final StandDownModel model;
    private final Messages messages;
    private final BoardWords words;
    private final Label title = new Label();
    private final Label warning = new Label();
    private final Label releasing = new Label();
    private final TableView<UsedRow> items = new TableView<>();
    private final VBox tasks = new VBox(4);
    private final Subscription subscriptions;
    private final ListChangeListener<TaskRow> taskListener = c -> showTasks();
    private final List<Subscription> rowSubscriptions = new ArrayList<>();

    StandDownView(StandDownModel model, Messages messages, BoardWords words, Runnable confirm, Runnable cancel) {
        this.model = model;
        this.messages = messages;
        this.words = words;
        setId("stand-down");
        getStyleClass().add("stand-down");
        setSpacing(6);
        title.getStyleClass().add("stand-down-title");
        title.setWrapText(true);
        warning.setWrapText(true);
        warning.getStyleClass().add("shortfall");
        releasing.setId("stand-down-releasing");
        releasing.setWrapText(true);
        releasing.getStyleClass().add("stand-down-release");
        buildItems();
        Button ok = new Button(messages.get("standDown.confirm"), new FontIcon(MaterialDesignC.CHECK_ALL));
        ok.setId("stand-down-confirm");
        ok.getStyleClass().add("danger-button");
        ok.setOnAction(e -> confirm.run());
        Button back = new Button(messages.get("standDown.back"));
        back.setId("stand-down-back");
        back.setCancelButton(false);
        back.setOnAction(e -> cancel.run());
        FlowPane buttons = new FlowPane(6, 6, ok, back);
        Label usedHint = new Label(messages.get("standDown.usedHint"));
        usedHint.setWrapText(true);
        usedHint.getStyleClass().add("muted");
        Label tasksTitle = new Label(messages.get("standDown.tasks"));
        getChildren().addAll(title, warning, buttons, releasing, usedHint, items, tasksTitle, tasks);
        model.openTasks().addListener(taskListener);
        subscriptions = Subscription.combine(model.reviewProperty().subscribe(this::show),
                () -> model.openTasks().removeListener(taskListener));
    }

    private void buildItems() {
        items.setId("stand-down-items");
        items.setItems(model.items());
        items.setPrefHeight(200);
        items.setEditable(true);
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        items.setPlaceholder(new Label(messages.get("standDown.noItems")));
        TableColumn<UsedRow, String> what = new TableColumn<>(messages.get("standDown.col.item"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get("line.item", c.getValue().entry().who(),
                words.stock().item(c.getValue().entry().itemCode(), c.getValue().entry().what()))));
        what.setPrefWidth(220);
        TableColumn<UsedRow, String> held = new TableColumn<>(messages.get("standDown.col.held"));
        held.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().held()
                + words.stock().unit(c.getValue().entry().measureUnit())));
        held.setPrefWidth(80);
        TableColumn<UsedRow, UsedRow> used = new TableColumn<>(messages.get("standDown.col.used"));
        used.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        used.setCellFactory(c -> new UsedCell());
        used.setPrefWidth(110);
        items.getColumns().add(what);
        items.getColumns().add(held);
        items.getColumns().add(used);
    }

    /** How much was used: 0 … held, typed or stepped; the release line below follows. */
    private final class UsedCell extends TableCell<UsedRow, UsedRow> {
        @Override
        protected void updateItem(UsedRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (row == null || empty) {
                setGraphic(null);
                return;
            }
            Spinner<Integer> spinner = new Spinner<>(0, row.held(), row.usedProperty().get(),
                    Math.max(1, row.held() / 20));
            spinner.setEditable(true);
            spinner.setPrefWidth(100);
            spinner.getStyleClass().add("stand-down-used");
            spinner.valueProperty().addListener((o, a, b) -> row.usedProperty().set(b == null ? 0 : b));
            setGraphic(spinner);
        }
    }

    private void show(StandDownReview review) {
        rowSubscriptions.forEach(Subscription::unsubscribe);
        rowSubscriptions.clear();
        if (review == null) {
            return;
        }
        Activation a = review.activation();
        title.setText(messages.get("standDown.title", a.getPlanName(), messages.get("level." + a.getLevel())));
        boolean severe = a.getLevel() == ResponseLevel.I || a.getLevel() == ResponseLevel.II;
        warning.setText(severe ? messages.get("standDown.severe", messages.get("level." + a.getLevel())) : "");
        warning.setVisible(severe);
        warning.setManaged(severe);
        for (UsedRow row : model.items()) {
            rowSubscriptions.add(row.usedProperty().subscribe(v -> showReleasing()));
        }
        showReleasing();
        showTasks();
    }

    /** "Will go back: …; teams and experts freed: …" as the entered consumption stands now. */
    private void showReleasing() {
        List<Integer> back = model.releasing();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < model.items().size(); i++) {
            BoardEntry e = model.items().get(i).entry();
            if (back.get(i) > 0) {
                parts.add(words.stock().amount(e.itemCode(), e.what(), e.measureUnit(), back.get(i)));
            }
        }
        long teams = model.freed().stream().filter(e -> e.line().getKind() == LineKind.TEAM).count();
        int people = model.freed().stream().filter(e -> e.line().getKind() == LineKind.TEAM)
                .mapToInt(e -> e.line().getQuantity()).sum();
        long experts = model.freed().stream().filter(e -> e.line().getKind() == LineKind.EXPERT).count();
        String separator = messages.get("list.separator");
        releasing.setText(messages.get("standDown.releasing", parts.isEmpty() ? messages.get("summary.none")
                : String.join(separator, parts), teams, people, experts));
    }

    private void showTasks() {
        tasks.getChildren().clear();
        if (model.openTasks().isEmpty()) {
            Label none = new Label(messages.get("standDown.noTasks"));
            none.getStyleClass().add("muted");
            tasks.getChildren().add(none);
            return;
        }
        for (TaskRow row : model.openTasks()) {
            BoardEntry e = row.entry();
            Label what = new Label(messages.get("standDown.task", e.event().number(), e.who(), e.what(),
                    messages.get("event." + e.event().state())));
            what.setWrapText(true);
            what.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(what, Priority.ALWAYS);
            CheckBox handOver = new CheckBox(messages.get(row.canEnd() ? "standDown.handOver"
                    : "standDown.toVerification"));
            handOver.setId("hand-over-" + e.event().number());
            handOver.selectedProperty().bindBidirectional(row.handOverProperty());
            handOver.setDisable(!row.canEnd());
            handOver.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(8, what, handOver);
            line.setAlignment(Pos.CENTER_LEFT);
            tasks.getChildren().add(line);
        }
    }

    void dispose() {
        rowSubscriptions.forEach(Subscription::unsubscribe);
        subscriptions.unsubscribe();
    }
}

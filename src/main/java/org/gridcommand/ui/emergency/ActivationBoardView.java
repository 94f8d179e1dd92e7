package org.gridcommand.ui.emergency;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.emergency.Proposal;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.emergency.ActivationBoardModel.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The activation board (作战看板): the proposal's lines with drop and quantity controls and shortfalls in red, then
 * the committed lines with their status, level up/down, CAP export and stand-down (confirmed first, with what was
 * used), and the summary. Buttons sit above the lines and wrap, so they stay reachable on a small screen. Enter
 * commits the proposal, Space moves the selected line forward.
 */
final class ActivationBoardView extends VBox {
    private final ActivationBoardModel model;
    private final Messages messages;
    private final BoardWords words;
    private final BoardLinesTable table;
    private final Label heading = new Label();
    private final Label banner = new Label();
    private final Label message = new Label();
    private final VBox shortfalls = new VBox(2);
    private final Label summary = new Label();
    private final FlowPane proposedActions;
    private final FlowPane activeActions;
    private final FlowPane levelActions;
    private final FlowPane endedActions;
    private final StandDownView standDownView;
    private final Subscription subscriptions;
    private final ListChangeListener<String> shortfallListener = c -> showShortfalls();
    /** The line the commander is moving forward: reselected after the board reloads, so Space goes on. */
    private Long tracked;
    private final ListChangeListener<BoardLine> reselect = this::reselectTracked;

    ActivationBoardView(ActivationBoardModel model, Messages messages, Consumer<ActivationBoardModel> exportCap) {
        this.model = model;
        this.messages = messages;
        this.words = model.words();
        setId("activation-board");
        getStyleClass().add("activation-board");
        setSpacing(6);
        heading.getStyleClass().add("board-heading");
        heading.setWrapText(true);
        banner.setId("board-banner");
        banner.getStyleClass().add("board-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        message.getStyleClass().add("board-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        summary.getStyleClass().add("board-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setId("board-summary");
        table = new BoardLinesTable(model.lines(), messages, words);

        Button commit = button("board.commit", "board-commit", new FontIcon(MaterialDesignS.SEND), model::commit);
        commit.getStyleClass().add("danger-button");
        Button discard = button("board.discard", "board-discard", null, model::clear);
        proposedActions = bar(commit, discard);

        Button advance = button("board.advance", "board-advance", new FontIcon(MaterialDesignF.FAST_FORWARD),
                this::advanceSelected);
        Button up = button("board.levelUp", "board-level-up", new FontIcon(MaterialDesignA.ARROW_UP_BOLD),
                () -> changeLevel(-1));
        Button down = button("board.levelDown", "board-level-down", new FontIcon(MaterialDesignA.ARROW_DOWN_BOLD),
                () -> changeLevel(1));
        Button cap = button("board.cap", "board-cap", new FontIcon(MaterialDesignA.ALERT_OUTLINE),
                () -> exportCap.accept(model));
        Button standDown = button("board.standDown", "board-stand-down", new FontIcon(MaterialDesignC.CHECK_ALL),
                model::standDown);
        activeActions = bar(advance, up, down, cap, standDown);
        // no raising beyond level I, no lowering below IV: a button that would do nothing is not offered
        up.disableProperty().bind(Bindings.createBooleanBinding(() -> levelIs(ResponseLevel.I),
                model.activationProperty()));
        down.disableProperty().bind(Bindings.createBooleanBinding(() -> levelIs(ResponseLevel.IV),
                model.activationProperty()));

        Button apply = button("board.levelApply", "board-level-apply", null, model::applyLevelChange);
        Button cancel = button("board.levelCancel", "board-level-cancel", null, model::cancelLevelChange);
        levelActions = bar(apply, cancel);

        // only a commander is offered the board's changes; everyone else reads it
        for (Button change : List.of(commit, advance, up, down, standDown, apply)) {
            change.visibleProperty().bind(model.mayCommandProperty());
            change.managedProperty().bind(change.visibleProperty());
        }

        Button close = button("board.close", "board-close", null, model::clear);
        Button capAfter = button("board.cap", "board-cap-after", new FontIcon(MaterialDesignA.ALERT_OUTLINE),
                () -> exportCap.accept(model));
        endedActions = bar(capAfter, close);
        standDownView = new StandDownView(model.standDownModel(), messages, words, model::confirmStandDown,
                model::cancelStandDown);

        getChildren().addAll(heading, banner, message, summary, endedActions, proposedActions, activeActions,
                levelActions, standDownView, shortfalls, table);
        model.shortfalls().addListener(shortfallListener);
        model.lines().addListener(reselect);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.stageProperty().get() == Stage.PROPOSED) {
                model.commit();
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE && model.stageProperty().get() == Stage.ACTIVE) {
                advanceSelected();
                e.consume();
            }
        });
        commit.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canCommit(), model.stageProperty(),
                model.staleProperty(), model.busyProperty(), model.proposalProperty()));
        subscriptions = Subscription.combine(
                model.stageProperty().subscribe(s -> showStage()),
                model.levelChangeProperty().subscribe(c -> showStage()),
                model.standDownModel().reviewProperty().subscribe(r -> showStage()),
                model.proposalProperty().subscribe(p -> showHeading()),
                model.activationProperty().subscribe(a -> showHeading()),
                model.staleProperty().subscribe(s -> showBanner()),
                model.summaryProperty().subscribe(s -> summary.setText(s == null ? "" : words.summary(s))),
                model.busyProperty().subscribe(this::setDisable));
    }

    private void showShortfalls() {
        shortfalls.getChildren().setAll(model.shortfalls().stream().map(text -> {
            Label l = new Label(text);
            l.getStyleClass().add("shortfall");
            l.setWrapText(true);
            return l;
        }).toList());
    }

    private void showHeading() {
        Activation a = model.activationProperty().get();
        Proposal p = model.proposalProperty().get();
        if (a != null) {
            heading.setText(messages.get("board.heading.active", a.getPlanName(), a.getPlanRevision(),
                    messages.get("level." + a.getLevel()), words.area(a.getAreaKind(), a.getAreaShape(),
                            a.getCentre().getX(), a.getCentre().getY(), a.getRadiusMeters(), a.getAreaDescription()),
                    a.isDrill() ? messages.get("board.drillTag") : ""));
        } else if (p != null) {
            heading.setText(messages.get("board.heading.proposed", p.planName(), p.planRevision(),
                    messages.get("level." + p.level()), words.area(p.area().kind(), p.area().shape(),
                            p.area().centreLon(), p.area().centreLat(), p.area().radiusMeters(),
                            p.area().description()), p.drill() ? messages.get("board.drillTag") : ""));
        } else {
            heading.setText(messages.get("board.heading.empty"));
        }
        showBanner();
    }

    /** A proposal that cannot be committed says why, in a banner above the lines. */
    private void showBanner() {
        Proposal p = model.proposalProperty().get();
        String text = "";
        if (model.stageProperty().get() == Stage.PROPOSED && p != null && p.drill()) {
            text = messages.get("board.banner.exercise");
        } else if (model.stageProperty().get() == Stage.PROPOSED && model.staleProperty().get()) {
            text = messages.get("board.banner.stale");
        }
        banner.setText(text);
        show(banner, !text.isEmpty());
    }

    private void showStage() {
        Stage s = model.stageProperty().get();
        boolean levelPending = model.levelChangeProperty().get() != null;
        boolean reviewing = model.standDownModel().reviewProperty().get() != null;
        show(proposedActions, s == Stage.PROPOSED);
        show(activeActions, s == Stage.ACTIVE && !levelPending && !reviewing);
        show(levelActions, s == Stage.ACTIVE && levelPending);
        show(standDownView, s == Stage.ACTIVE && reviewing);
        show(endedActions, s == Stage.STOOD_DOWN);
        show(summary, s == Stage.STOOD_DOWN);
        show(table, s != Stage.EMPTY);
        table.showTicks(s == Stage.PROPOSED);
        showBanner();
        table.refresh();
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void reselectTracked(ListChangeListener.Change<? extends BoardLine> c) {
        c.getList().stream().filter(l -> tracked != null && tracked.equals(l.lineId())).findFirst()
                .ifPresent(l -> table.getSelectionModel().select(l));
    }

    private void advanceSelected() {
        BoardLine line = table.getSelectionModel().getSelectedItem();
        if (line != null) {
            tracked = line.lineId();
            model.advance(line);
        }
    }

    private boolean levelIs(ResponseLevel level) {
        Activation a = model.activationProperty().get();
        return a != null && a.getLevel() == level;
    }

    /** {@code step} −1 raises the response (IV → III …), +1 lowers it. */
    private void changeLevel(int step) {
        Activation a = model.activationProperty().get();
        if (a == null) {
            return;
        }
        int to = a.getLevel().ordinal() + step;
        if (to >= 0 && to < ResponseLevel.values().length) {
            model.proposeLevel(ResponseLevel.values()[to]);
        }
    }

    private static FlowPane bar(Node... buttons) {
        FlowPane bar = new FlowPane(6, 6, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String key, String id, FontIcon icon, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        if (icon != null) {
            b.setGraphic(icon);
        }
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    BoardLinesTable table() {
        return table;
    }

    void dispose() {
        subscriptions.unsubscribe();
        standDownView.dispose();
        model.shortfalls().removeListener(shortfallListener);
        model.lines().removeListener(reselect);
        message.textProperty().unbind();
    }
}

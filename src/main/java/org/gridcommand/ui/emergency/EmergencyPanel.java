package org.gridcommand.ui.emergency;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.emergency.ActivationSuggestion;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.emergency.ActivationBoardModel.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The emergency tab: trigger suggestions, one-key activation (plan, level, affected area, F9), the activation
 * board, and the plan library.
 */
final class EmergencyPanel extends VBox {
    private final SuggestionsView suggestionsView;
    private final PlanLibraryView libraryView;
    private final ActivationBoardView boardView;
    private final AreaPicker areaPicker;
    private final PlanLibraryModel library;
    private final ActivationBoardModel board;
    private final Messages messages;
    private final ObjectProperty<ResponseLevel> level = new SimpleObjectProperty<>(this, "level", ResponseLevel.IV);
    private final TitledPane boardPane;
    private final Subscription subscriptions;

    EmergencyPanel(SuggestionsModel suggestions, PlanLibraryModel library, ActivationBoardModel board,
                   Messages messages, ZoneId zone, Consumer<ActivationBoardModel> exportCap) {
        this.library = library;
        this.board = board;
        this.messages = messages;
        setId("emergency-panel");
        getStyleClass().add("emergency-panel");
        setSpacing(6);
        suggestionsView = new SuggestionsView(suggestions, messages, zone, this::accept);
        areaPicker = new AreaPicker(messages);
        boardView = new ActivationBoardView(board, messages, exportCap);
        libraryView = new PlanLibraryView(library, messages, level);

        Label plan = new Label();
        plan.setWrapText(true);
        plan.getStyleClass().add("chosen-plan");
        plan.textProperty().bind(Bindings.createStringBinding(() -> {
            Plan p = library.selectedProperty().get();
            return p == null ? messages.get("activate.noPlan")
                    : messages.get("activate.plan", p.getName(), p.getCode(), p.getRevision());
        }, library.selectedProperty()));
        ToggleGroup levels = new ToggleGroup();
        HBox levelRow = new HBox(4, new Label(messages.get("activate.level")));
        levelRow.setAlignment(Pos.CENTER_LEFT);
        for (ResponseLevel l : ResponseLevel.values()) {
            ToggleButton b = new ToggleButton(messages.get("level." + l));
            b.setId("level-" + l);
            b.setUserData(l);
            b.setToggleGroup(levels);
            levelRow.getChildren().add(b);
        }
        levels.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                levels.selectToggle(a); // a level is always chosen
            } else {
                level.set((ResponseLevel) t.getUserData());
            }
        });
        Button activate = new Button(messages.get("activate.button"), new FontIcon(MaterialDesignR.ROCKET_LAUNCH));
        activate.setId("activate");
        activate.getStyleClass().addAll("danger-button", "big-button");
        activate.setMaxWidth(Double.MAX_VALUE);
        activate.setOnAction(e -> activate());
        // not offered while it would be refused: no plan or area chosen yet, or a response already running
        activate.disableProperty().bind(Bindings.createBooleanBinding(() -> library.selectedProperty().get() == null
                        || areaPicker.choiceProperty().getValue() == null
                        || board.stageProperty().get() == Stage.ACTIVE,
                library.selectedProperty(), areaPicker.choiceProperty(), board.stageProperty()));
        activate.visibleProperty().bind(board.mayCommandProperty());
        activate.managedProperty().bind(activate.visibleProperty());
        VBox activation = new VBox(6, plan, levelRow, new Label(messages.get("activate.area")), areaPicker, activate);

        boardPane = pane(messages.get("pane.board"), boardView, true);
        getChildren().addAll(pane(messages.get("pane.suggestions"), suggestionsView, true),
                pane(messages.get("pane.activate"), activation, true), boardPane,
                pane(messages.get("pane.plans"), libraryView, false));
        subscriptions = Subscription.combine(
                level.subscribe(l -> levels.getToggles().stream().filter(t -> t.getUserData() == l).findFirst()
                        .ifPresent(levels::selectToggle)),
                board.stageProperty().subscribe(s -> boardPane.setExpanded(s != Stage.EMPTY || boardPane.isExpanded())),
                board.proposalProperty().subscribe(p -> {
                    if (p != null) {
                        whenDrawn(board::boardDrawn);
                    }
                }),
                // a proposal on the board must answer what is chosen now: tell the board of every change
                library.selectedProperty().subscribe(p -> choiceChanged()),
                level.subscribe(l -> choiceChanged()),
                areaPicker.choiceProperty().subscribe(a -> choiceChanged()));
    }

    private void choiceChanged() {
        Plan p = library.selectedProperty().get();
        board.choose(p == null ? null : p.getId(), level.get(), areaPicker.choice());
    }

    /** One key (F9 or the button): the chosen plan at the chosen level for the chosen area. */
    void activate() {
        Plan p = library.selectedProperty().get();
        AreaChoice area = areaPicker.choice();
        if (p == null) {
            board.messageProperty().set(messages.get("activate.noPlan"));
        } else if (area == null) {
            board.messageProperty().set(messages.get("activate.noArea"));
        } else {
            boardPane.setExpanded(true);
            board.activate(p.getId(), level.get(), area);
        }
    }

    /**
     * The commander accepts a suggestion: its plan and level, a circle around where the trigger holds. An exercise
     * suggestion (the flood replay) gives an exercise proposal, to study, not to commit.
     */
    private void accept(ActivationSuggestion s) {
        library.selectById(s.planId());
        level.set(s.level());
        areaPicker.circleAround(s.lon(), s.lat());
        boardPane.setExpanded(true);
        if (s.exercise()) {
            board.activateExercise(s.planId(), s.level(), areaPicker.choice());
        } else {
            board.activate(s.planId(), s.level(), areaPicker.choice());
        }
    }

    private void whenDrawn(Runnable action) {
        Scene scene = getScene();
        if (scene == null) {
            action.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static TitledPane pane(String title, Node content, boolean expanded) {
        TitledPane p = new TitledPane(title, content);
        p.setExpanded(expanded);
        p.setAnimated(false);
        return p;
    }

    AreaPicker areaPicker() { return areaPicker; }
    TitledPane boardPane() { return boardPane; }
    ObjectProperty<ResponseLevel> levelProperty() { return level; }
    ActivationBoardView boardView() { return boardView; }

    void dispose() {
        subscriptions.unsubscribe();
        suggestionsView.dispose();
        areaPicker.dispose();
        boardView.dispose();
        libraryView.dispose();
    }
}

package org.gridcommand.ui.returnvisit;

import java.time.ZoneId;
import java.util.function.LongConsumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.event.ReturnVisitRule;
import org.gridcommand.service.event.queue.ReturnVisitQueue;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.shell.ConsoleWindow;

/**
 * The return-visit desk (回访) in the console: a tab on the right with the number of calls waiting (F7 opens it),
 * read again every minute and whenever an event is closed or reopened at this console ({@link #eventChanged}).
 * Call {@link #dispose()} when the window closes.
 */
public final class ReturnVisitFeature {
    static final Duration RELOAD = Duration.minutes(1);
    private static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.F7);

    private final ReturnVisitModel model;
    private final ReturnVisitView view;
    private final Tab tab;
    private final Timeline reload;
    private final Runnable open;
    private final Subscription keys;
    private Scene keyScene;

    public ReturnVisitFeature(ConsoleWindow window, ReturnVisitQueue queue, ReturnVisitRule rule,
                              EventService events, BackgroundTasks tasks, Messages consoleMessages, ZoneId zone,
                              String actor) {
        Messages messages = consoleMessages.forFeature("org.gridcommand.ui.returnvisit.messages");
        model = new ReturnVisitModel(queue, rule, events, tasks, new EventWords(messages.locale()), messages, actor);
        view = new ReturnVisitView(model, messages, zone);
        view.getStylesheets().add(ReturnVisitFeature.class.getResource("returnvisit.css").toExternalForm());
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        Label count = new Label();
        count.getStyleClass().add("visit-count");
        count.textProperty().bind(model.waitingProperty().asString());
        count.visibleProperty().bind(model.waitingProperty().greaterThan(0));
        tab = new Tab(messages.get("tab.visits"), scroll);
        tab.setId("visits-tab");
        tab.setGraphic(count);
        tab.setClosable(false);
        tab.setTooltip(new Tooltip(messages.get("tab.visitsKey")));
        window.featurePanels().getTabs().add(Math.min(1, window.featurePanels().getTabs().size()), tab);
        window.widenWhenShown(tab);
        tab.selectedProperty().addListener((o, a, shown) -> {
            if (shown) {
                model.refresh();
            }
        });
        open = () -> tab.getTabPane().getSelectionModel().select(tab);
        keys = window.sceneProperty().subscribe(this::listenForKeys);
        reload = new Timeline(new KeyFrame(RELOAD, e -> model.refresh()));
        reload.setCycleCount(Timeline.INDEFINITE);
        reload.play();
        model.refresh();
    }

    /** An event changed at this console (closed, reopened…): the calls are read again. */
    public void eventChanged(long eventId) {
        model.refresh();
    }

    /** Called with the event's id after a rating or a failed call was recorded here. */
    public void onEventChanged(LongConsumer listener) {
        model.onChanged(listener);
    }

    public Tab tab() {
        return tab;
    }

    ReturnVisitModel model() {
        return model;
    }

    ReturnVisitView view() {
        return view;
    }

    public void dispose() {
        reload.stop();
        keys.unsubscribe();
        listenForKeys(null);
    }

    private void listenForKeys(Scene scene) {
        if (keyScene != null) {
            keyScene.getAccelerators().remove(OPEN, open);
        }
        keyScene = scene;
        if (scene != null) {
            scene.getAccelerators().put(OPEN, open);
        }
    }
}

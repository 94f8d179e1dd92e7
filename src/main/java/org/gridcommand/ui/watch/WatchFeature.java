package org.gridcommand.ui.watch;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;
import org.gridcommand.domain.account.Account;
import org.gridcommand.service.shift.DutyRoster;
import org.gridcommand.service.shift.DutySignIns;
import org.gridcommand.service.shift.Handovers;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * The watch tab (值班) of the console: roster, sign-in, handover, swaps and the handover log for the duty officer and
 * the 值班长. Read again when shown, every minute, and when another console hands over ({@link #refresh}). Call
 * {@link #dispose()} when the window closes.
 */
public final class WatchFeature {
    static final Duration RELOAD = Duration.minutes(1);
    private final WatchModel model;
    private final WatchView view;
    private final Tab tab;
    private final Timeline reload;

    public WatchFeature(TabPane featurePanels, DutyRoster roster, DutySignIns signs, Handovers handovers,
                        Supplier<Optional<Account>> signedIn, BackgroundTasks tasks, Messages consoleMessages,
                        ZoneId zone) {
        Messages messages = consoleMessages.forFeature("org.gridcommand.ui.watch.messages");
        model = new WatchModel(roster, signs, handovers, signedIn, tasks, messages);
        view = new WatchView(model, messages, zone, new WatchLogView(model, messages, zone),
                new WatchSwapView(model, messages));
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        tab = new Tab(messages.get("tab.watch"), scroll);
        tab.setId("watch-tab");
        tab.setClosable(false);
        featurePanels.getTabs().add(tab);
        tab.selectedProperty().addListener((o, a, shown) -> {
            if (shown) {
                model.refresh();
            }
        });
        reload = new Timeline(new KeyFrame(RELOAD, e -> model.refresh()));
        reload.setCycleCount(Timeline.INDEFINITE);
        reload.play();
        model.refresh();
    }

    /** Reads the watch again (another console handed over, or the person at this console changed). */
    public void refresh() {
        model.refresh();
    }

    public Tab tab() {
        return tab;
    }

    WatchModel model() {
        return model;
    }

    WatchView view() {
        return view;
    }

    public void dispose() {
        reload.stop();
    }
}

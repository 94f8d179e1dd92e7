package org.gridcommand.ui.triage;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.triage.AlarmingReport;
import org.gridcommand.domain.triage.WaitingReport;
import org.gridcommand.service.triage.TriageDesk;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.LiveRefresh;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.dispatch.AlertSound;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.shell.ConsoleWindow;

/**
 * The triage desk in the console: its tab on the right (F2 opens it from anywhere), the count of waiting reports
 * in the status bar, the alarm of a new 特急 report (sound and a flashing count, on every console, until someone
 * at a desk acknowledges it), and the report in focus on the map. Call {@link #dispose()} when the window closes.
 */
public final class TriageFeature {
    static final Duration POLL = Duration.millis(1500);
    private static final PseudoClass FLASH = PseudoClass.getPseudoClass("flash");
    private static final PseudoClass ALARM = PseudoClass.getPseudoClass("alarm");

    private final MapWallModel map;
    private final MapWallView mapView;
    private final TriageModel model;
    private final TriageView view;
    private final Tab tab;
    private final Label status = new Label();
    private final ReportMarkerLayer marker = new ReportMarkerLayer();
    /** Plays the alarm (the console's {@link AlertSound}; a counter in the tests). */
    private final Runnable sound;
    private final Set<Long> sounded = new HashSet<>();
    private final LiveRefresh poller;
    private final Timeline ticker;
    private final Timeline flasher;
    private final ListChangeListener<AlarmingReport> alarmListener = c -> alarmChanged();
    private final ListChangeListener<WaitingReport> focusListener = c -> showOnMap();
    private final EventHandler<KeyEvent> f2 = this::f2;
    private final Subscription sceneKeys;
    private Scene keyScene;
    private int flashes;
    /** The report the map last flew to. */
    private long shownOnMap = -1;

    public TriageFeature(ConsoleWindow window, MapWallModel map, MapWallView mapView, TriageDesk desk, Clock clock,
                         BackgroundTasks tasks, Messages consoleMessages, String actor) {
        this(window, map, mapView, desk, clock, tasks, consoleMessages, actor, POLL, new AlertSound()::play);
    }

    TriageFeature(ConsoleWindow window, MapWallModel map, MapWallView mapView, TriageDesk desk, Clock clock,
                  BackgroundTasks tasks, Messages consoleMessages, String actor, Duration poll, Runnable sound) {
        this.map = map;
        this.sound = sound;
        this.mapView = mapView;
        TriageText text = new TriageText(consoleMessages.forFeature("org.gridcommand.ui.triage.messages"), clock);
        model = new TriageModel(desk, tasks, clock, text, actor);
        TriageActions actions = new TriageActions(model);
        view = new TriageView(model, actions, text);
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        String css = Objects.requireNonNull(TriageFeature.class.getResource("triage.css")).toExternalForm();
        scroll.getStylesheets().add(css);
        tab = new Tab(text.get("tab.title"), scroll);
        tab.setId("triage-tab");
        tab.setClosable(false);
        window.featurePanels().getTabs().add(Math.min(1, window.featurePanels().getTabs().size()), tab);
        window.widenWhenShown(tab);
        tab.selectedProperty().addListener((o, was, now) -> showOnMap());

        status.setId("status-triage");
        status.getStylesheets().add(css);
        status.getStyleClass().addAll("status-count", "triage-status");
        status.setTooltip(new Tooltip(text.get("status.tooltip")));
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            long n = model.waitingProperty().get();
            String count = n < 0 ? "…" : String.format("%,d", n);
            return model.alarming().isEmpty() ? text.get("status.waiting", count)
                    : text.get("status.waitingAlarm", count, model.alarming().size());
        }, model.waitingProperty(), model.alarming()));
        status.setOnMouseClicked(e -> open());
        status.setMinWidth(Region.USE_PREF_SIZE); // a 特急 alarm must be read whole
        window.addStatusItem(status);

        model.alarming().addListener(alarmListener);
        model.selected().addListener(focusListener);
        mapView.addOverlay(marker);
        sceneKeys = window.sceneProperty().subscribe(this::listenForKeys);

        poller = new LiveRefresh(poll, model::poll);
        ticker = every(Duration.seconds(15), model::tick);
        flasher = every(Duration.millis(500), this::flash);
        model.start();
    }

    /** Opens the desk with the keyboard on the list (F2, or a click on the count in the status bar). */
    public void open() {
        tab.getTabPane().getSelectionModel().select(tab);
        view.focusList();
    }

    /**
     * Called with the reports whose 特急 alarm ended (acknowledged at a desk, here or on another console, or no
     * longer waiting): the console stops any other alarm for them.
     */
    public void onAlarmEnded(Consumer<List<Long>> listener) {
        model.onAlarmEnded(listener);
    }

    /** Stops the timers and releases the listeners, the key filter and the map overlay. */
    /** How the desk follows the database: polled, or told when another console changed an event. */
    public LiveRefresh liveRefresh() {
        return poller;
    }

    public void dispose() {
        poller.stop();
        ticker.stop();
        flasher.stop();
        model.alarming().removeListener(alarmListener);
        model.selected().removeListener(focusListener);
        sceneKeys.unsubscribe();
        listenForKeys(null);
        view.dispose();
        mapView.removeOverlay(marker);
    }

    TriageModel model() {
        return model;
    }

    TriageView view() {
        return view;
    }

    ReportMarkerLayer marker() {
        return marker;
    }

    private void listenForKeys(Scene scene) {
        if (keyScene != null) {
            keyScene.removeEventFilter(KeyEvent.KEY_PRESSED, f2);
        }
        keyScene = scene;
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, f2);
        }
    }

    private void f2(KeyEvent e) {
        if (e.getCode() == KeyCode.F2) {
            open();
            e.consume();
        }
    }

    /** A 特急 report not heard before sounds at once; the alarm repeats (see {@link #flash}) until acknowledged. */
    private void alarmChanged() {
        boolean fresh = false;
        Set<Long> now = new HashSet<>();
        for (AlarmingReport a : model.alarming()) {
            now.add(a.id());
            fresh |= sounded.add(a.id());
        }
        sounded.retainAll(now); // an acknowledged report never alarms again: forget it (the console runs for weeks)
        if (fresh) {
            sound.run();
            flashes = 0;
        }
        status.pseudoClassStateChanged(ALARM, !model.alarming().isEmpty());
    }

    private void flash() {
        boolean alarming = !model.alarming().isEmpty();
        boolean on = alarming && (++flashes % 2 == 0);
        status.pseudoClassStateChanged(FLASH, on);
        // the pseudo-class alone recolours the badge but not its text (it stayed white on pink, unreadable every
        // other half second): the inline style makes CSS reapply to the text too
        status.setStyle(on ? "-fx-text-fill: #ff4d4f;" : "");
        if (alarming && flashes % 10 == 0) {
            sound.run(); // every 5 s until someone at a desk acknowledges
        }
    }

    /** The report in focus on the map while the desk is shown: its grid in view, its point marked. */
    private void showOnMap() {
        WaitingReport r = tab.isSelected() ? model.focused() : null;
        if (r == null || !r.place().hasPoint()) {
            marker.show(null);
            shownOnMap = -1;
            return;
        }
        marker.show(new double[] {r.place().lon(), r.place().lat()});
        if (r.id() == shownOnMap) {
            return; // the list was read again: the officer may have moved the map since, leave it
        }
        shownOnMap = r.id();
        Long gridId = r.place().gridId();
        List<Area> areas = map.areasProperty().get();
        if (gridId != null && areas != null) {
            areas.stream().filter(a -> gridId.equals(a.getId())).findFirst().ifPresent(map::focus);
        }
    }

    private static Timeline every(Duration period, Runnable action) {
        Timeline t = new Timeline(new KeyFrame(period, e -> action.run()));
        t.setCycleCount(Timeline.INDEFINITE);
        t.play();
        return t;
    }
}

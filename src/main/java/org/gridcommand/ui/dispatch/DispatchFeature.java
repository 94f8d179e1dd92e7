package org.gridcommand.ui.dispatch;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.service.event.DuplicateCandidate;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.UnitRef;
import org.gridcommand.service.event.queue.AttachmentInfo;
import org.gridcommand.service.event.queue.CategoryChoice;
import org.gridcommand.service.event.queue.EventDesk;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.mapwall.tools.Place;
import org.gridcommand.ui.mapwall.tools.PlacePicker;
import org.gridcommand.ui.shell.ConsoleWindow;

/**
 * The dispatch desk in the console: the event queue under the map, the event detail and the duty officer's entry
 * in the first tab on the right, the urgent-event alarm in the status bar, and the selected event on the map.
 * Keys on the queue: Enter detail, A accept, D dispatch, S supervise, R return, X cancel, N new entry, Space
 * acknowledges the alarm. Call {@link #dispose()} when the window closes.
 */
public final class DispatchFeature {
    static final Duration POLL = Duration.millis(1500);
    private static final PseudoClass FLASH = PseudoClass.getPseudoClass("flash");

    private final Messages messages;
    private final MapWallModel map;
    private final MapWallView mapView;
    private final EventQueueModel queue;
    private final EventActions actions;
    private final EventDetailModel detail;
    private final OfficerNotices notices;
    private final QueueView queueView;
    private final EventDetailView detailView;
    private final TitledPane entryPane;
    private final SelectedEventLayer selectedLayer = new SelectedEventLayer();
    private final PlacePicker picker;
    private final AlertSound sound = new AlertSound();
    private final Label alarmBadge = new Label();
    private final Label tabBadge = new Label();
    private final Label toast = new Label();
    private final Timeline ticker;
    private final Timeline poller;
    private final Timeline flasher;
    private final Timeline toastTimer = new Timeline();
    private final Tab tab;
    private final ChangeListener<Area> areaFollower;
    private final ListChangeListener<Object> alarmListener;
    private List<UnitRef> units = List.of();
    private int flashes;

    public DispatchFeature(ConsoleWindow window, MapWallModel map, MapWallView mapView, EventService events,
                           EventDesk desk, Clock clock, BackgroundTasks tasks, Messages consoleMessages,
                           String actor) {
        this(window, map, mapView, events, desk, clock, tasks, consoleMessages, actor, POLL);
    }

    DispatchFeature(ConsoleWindow window, MapWallModel map, MapWallView mapView, EventService events, EventDesk desk,
                    Clock clock, BackgroundTasks tasks, Messages consoleMessages, String actor, Duration poll) {
        this.messages = consoleMessages.forFeature("org.gridcommand.ui.dispatch.messages");
        this.map = map;
        this.mapView = mapView;
        Chips chips = new Chips(messages);
        notices = new OfficerNotices(messages, clock);
        queue = new EventQueueModel(events, desk.watch(), clock, tasks, notices);
        actions = new EventActions(events, tasks, notices, messages, actor, queue::refresh);
        detail = new EventDetailModel(events, desk.attachments(), tasks, notices, actor);
        actions.onChanged(detail::reloadIf);
        EntryModel entry = new EntryModel(events, tasks, notices, messages, actor, () -> map.areasProperty().get());

        queueView = new QueueView(queue, messages, chips, clock.getZone());
        detailView = new EventDetailView(messages, chips, clock.getZone(), new DetailHandler());
        // the map picks, marks and locates the place (grid and address); the form keeps the point
        picker = new PlacePicker(mapView, consoleMessages);
        Runnable pick = () -> picker.pick(place -> {
            entry.point.set(place.lonLat());
            if (entry.address.get().isBlank()) {
                entry.address.set(picker.address(place));
            }
        });
        entry.point.addListener((o, a, p) -> {
            if (p == null) {
                picker.clear();
            }
        });
        EntryForm form = new EntryForm(entry, messages, chips, pick, p -> {
            Place at = Place.at(map, p[0], p[1]);
            return picker.gridLine(at) + " · " + picker.address(at);
        }, id -> {
            queue.refresh();
            detail.open(id);
        });
        entryPane = new TitledPane(messages.get("entry.heading"), form);
        entryPane.setExpanded(false);
        entryPane.setAnimated(false);
        entryPane.setId("entry-pane");
        VBox side = new VBox(detailView, entryPane);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        tab = new Tab(messages.get("tab.events"), scroll);
        tab.setId("events-tab");
        tab.setClosable(false);
        tabBadge.getStyleClass().add("alarm-badge");
        tabBadge.visibleProperty().bind(queue.alertingProperty());
        tab.setGraphic(tabBadge);
        window.featurePanels().getTabs().add(0, tab);
        window.featurePanels().getSelectionModel().select(tab);

        toast.getStyleClass().add("toast");
        toast.setId("dispatch-toast");
        toast.setVisible(false);
        toast.setWrapText(true);
        toast.setMaxWidth(520);
        StackPane below = new StackPane(queueView, toast);
        StackPane.setAlignment(toast, Pos.BOTTOM_RIGHT);
        below.getStylesheets().add(Objects.requireNonNull(
                DispatchFeature.class.getResource("dispatch.css")).toExternalForm());
        side.getStylesheets().add(below.getStylesheets().get(0));
        window.showBelowMap(below);

        alarmBadge.getStyleClass().addAll("alarm-badge", "status-alarm");
        alarmBadge.setId("status-urgent");
        alarmBadge.visibleProperty().bind(queue.alertingProperty());
        alarmBadge.managedProperty().bind(alarmBadge.visibleProperty());
        alarmBadge.setOnMouseClicked(e -> queue.acknowledge());
        window.addStatusItem(alarmBadge);
        alarmListener = c -> alarmChanged();
        queue.unacknowledged().addListener(alarmListener);

        notices.latestProperty().addListener((o, a, n) -> showToast(n));
        queueView.table().getSelectionModel().selectedItemProperty().addListener((o, a, row) ->
                detail.open(row == null ? null : row.id()));
        detail.detailProperty().addListener((o, a, d) -> {
            detailView.show(d, d == null ? null : queue.row(d.event().getId()), queue.nowProperty().get());
            showOnMap(d);
        });
        queueView.table().addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        mapView.addOverlay(selectedLayer);

        // the queue follows the officer's scope (shown on the map), not every click: see MapWallModel.scopeProperty
        areaFollower = (o, a, area) -> queue.filterProperty().set(queue.filterProperty().get().withArea(area));
        map.scopeProperty().addListener(areaFollower);
        queue.filterProperty().set(queue.filterProperty().get().withArea(map.scopeProperty().get()));
        queue.filterProperty().addListener((o, a, f) -> {
            if (f.area() == null) {
                map.scopeProperty().set(null);
            }
        });
        window.scopeByClicksWhenShown(tab);

        tasks.run(() -> new Lists(desk.directory().units(), desk.directory().categories()), lists -> {
            units = lists.units();
            queueView.setCategories(lists.categories());
            form.setCategories(lists.categories().stream().filter(CategoryChoice::item).toList());
        }, notices::problem);

        ticker = every(Duration.seconds(1), queue::tick);
        poller = every(poll, queue::poll);
        flasher = every(Duration.millis(500), this::flash);
        queue.firstPageMillisProperty().addListener((o, a, ms) -> org.slf4j.LoggerFactory
                .getLogger(DispatchFeature.class).info("Event queue: first page of {} rows in {} ms",
                        queue.rows().size(), ms));
        queue.refresh();
    }

    /** The queue's view-model, for the console's diagnostics and the tests. */
    EventQueueModel queue() {
        return queue;
    }

    QueueView queueView() {
        return queueView;
    }

    /** Stops the timers, releases the listeners on the map and removes the overlay. */
    /**
     * Opens an event chosen elsewhere (an event pin on the map): selects its row in the queue when the queue shows
     * it, and opens its detail in the events tab either way.
     */
    public void openEvent(long eventId) {
        var table = queueView.table();
        table.getItems().stream().filter(r -> r.id() == eventId).findFirst().ifPresentOrElse(row -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        }, () -> detail.open(eventId));
        tab.getTabPane().getSelectionModel().select(tab);
    }

    /**
     * Stops the new-urgent-event alarm for these events: they were answered at another desk (the triage desk's
     * acknowledgement of a 特急 report), so the officer is not asked twice.
     */
    public void acknowledgeAlarm(java.util.Collection<Long> eventIds) {
        queue.acknowledge(eventIds);
    }

    public void dispose() {
        ticker.stop();
        poller.stop();
        flasher.stop();
        toastTimer.stop();
        map.scopeProperty().removeListener(areaFollower);
        queue.unacknowledged().removeListener(alarmListener);
        queueView.dispose();
        picker.dispose();
        mapView.removeOverlay(selectedLayer);
    }

    private void key(KeyEvent e) {
        EventQueueRow row = queueView.table().getSelectionModel().getSelectedItem();
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            queue.acknowledge();
            e.consume();
            return;
        }
        if (code == KeyCode.N) {
            entryPane.setExpanded(true);
            tab.getTabPane().getSelectionModel().select(tab);
            e.consume();
            return;
        }
        if (row == null) {
            return;
        }
        switch (code) {
            case ENTER -> {
                tab.getTabPane().getSelectionModel().select(tab);
                detail.open(row.id());
            }
            case A -> actions.step(EventAction.ACCEPT, row.id(), row.version(), row.number(), null);
            case D -> dispatch(row.id(), row.version(), row.number());
            case S -> actions.supervise(row.id(), row.version(), row.number());
            case R -> withReason(EventAction.RETURN, row.id(), row.version(), row.number());
            case X -> withReason(EventAction.CANCEL, row.id(), row.version(), row.number());
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void dispatch(long id, long version, String number) {
        actions.propose(id, proposal -> DispatchDialog.show(queueView, messages, number, proposal, units,
                (lead, co) -> actions.dispatch(id, version, number, lead.id(), co)));
    }

    private void withReason(EventAction action, long id, long version, String number) {
        ReasonPrompt.ask(queueView, action.chinese() + " " + number, messages.get("reason.header", action.chinese()),
                reason -> actions.step(action, id, version, number, reason));
    }

    private void showOnMap(EventDetail d) {
        if (d == null || d.event().getLocation() == null) {
            selectedLayer.show(null);
            return;
        }
        selectedLayer.show(new double[] {d.event().getLocation().getX(), d.event().getLocation().getY()});
        Long gridId = d.event().getGridId();
        if (gridId != null) {
            map.areasProperty().get().stream().filter(a -> gridId.equals(a.getId())).findFirst()
                    .ifPresent(map::focus);
        }
    }

    private void alarmChanged() {
        int n = queue.unacknowledged().size();
        alarmBadge.setText(messages.get("alarm.badge", n));
        tabBadge.setText(String.valueOf(n));
        if (n > 0) {
            sound.play();
            flashes = 0;
        }
    }

    private void flash() {
        boolean on = queue.alertingProperty().get() && (++flashes % 2 == 0);
        alarmBadge.pseudoClassStateChanged(FLASH, on);
        tabBadge.pseudoClassStateChanged(FLASH, on);
        queueView.table().pseudoClassStateChanged(FLASH, on);
        if (queue.alertingProperty().get() && flashes % 10 == 0) {
            sound.play(); // every 5 s until someone acknowledges
        }
    }

    private void showToast(OfficerNotices.Notice n) {
        if (n == null) {
            return;
        }
        toast.setText(n.text());
        toast.pseudoClassStateChanged(PseudoClass.getPseudoClass("problem"), n.problem());
        toast.setVisible(true);
        toastTimer.stop();
        toastTimer.getKeyFrames().setAll(new KeyFrame(Duration.seconds(n.problem() ? 10 : 5),
                e -> toast.setVisible(false)));
        toastTimer.play();
    }

    private static Timeline every(Duration period, Runnable action) {
        Timeline t = new Timeline(new KeyFrame(period, e -> action.run()));
        t.setCycleCount(Timeline.INDEFINITE);
        t.play();
        return t;
    }

    private record Lists(List<UnitRef> units, List<CategoryChoice> categories) {
    }

    /** The detail's buttons, with the version of the event as the detail shows it. */
    private final class DetailHandler implements EventDetailView.Handler {
        @Override
        public void act(EventAction action) {
            EventDetail d = detail.detailProperty().get();
            if (d == null) {
                return;
            }
            var e = d.event();
            if (action == EventAction.DISPATCH) {
                dispatch(e.getId(), e.getVersion(), e.getNumber());
            } else if (action.reasonRequired()) {
                withReason(action, e.getId(), e.getVersion(), e.getNumber());
            } else {
                actions.step(action, e.getId(), e.getVersion(), e.getNumber(), null);
            }
        }

        @Override
        public void supervise() {
            EventDetail d = detail.detailProperty().get();
            if (d != null) {
                actions.supervise(d.event().getId(), d.event().getVersion(), d.event().getNumber());
            }
        }

        @Override
        public void merge(DuplicateCandidate dup) {
            EventDetail d = detail.detailProperty().get();
            if (d == null) {
                return;
            }
            ReasonPrompt.ask(queueView, messages.get("merge.title"), messages.get("merge.header", dup.number(),
                    d.event().getNumber()), reason -> actions.merge(dup.eventId(), dup.version(), dup.number(),
                    d.event().getId(), reason));
        }

        @Override
        public void addAttachment() {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("detail.addAttachment"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(messages.get("attach.images"), "*.jpg", "*.jpeg", "*.png",
                            "*.gif", "*.bmp"),
                    new FileChooser.ExtensionFilter(messages.get("attach.all"), "*.*"));
            var file = chooser.showOpenDialog(queueView.getScene().getWindow());
            if (file != null) {
                detail.attach(file.toPath());
            }
        }

        @Override
        public void showAttachment(AttachmentInfo a, java.util.function.Consumer<byte[]> show) {
            detail.content(a.id(), show);
        }
    }
}

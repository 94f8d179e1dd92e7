package org.gridcommand.ui.dispatch;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.account.WatchRights;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.event.UnitRef;
import org.gridcommand.service.event.queue.CategoryChoice;
import org.gridcommand.service.event.queue.EventDesk;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.LiveRefresh;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.mapwall.tools.Place;
import org.gridcommand.ui.mapwall.tools.PlacePicker;
import org.gridcommand.ui.shell.ConsoleWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatch desk in the console: the event queue under the map, the event detail and the duty officer's entry
 * in the first tab on the right, the urgent-event alarm in the status bar, and the selected event on the map.
 * Keys on the queue: Enter detail, N new entry, Space acknowledges the alarm, and the keys of the actions the
 * selected event's state allows ({@link DeskAction}; the hint line lists them). Call {@link #dispose()} when the
 * window closes.
 */
public final class DispatchFeature {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchFeature.class);
    static final Duration POLL = Duration.millis(1500);

    private final MapWallModel map;
    private final MapWallView mapView;
    private final EventService events;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final EventQueueModel queue;
    private final EventActions actions;
    private final EventDetailModel detail;
    private final OfficerNotices notices;
    private final QueueView queueView;
    private final TitledPane entryPane;
    /** What the account at the console may do: only that is offered. */
    private final WatchRights rights;
    private final ActionFlows flows;
    private final UrgentAlarm alarm;
    private final SelectedEventLayer selectedLayer = new SelectedEventLayer();
    private final PlacePicker picker;
    private final Toast toast = new Toast();
    private final Timeline ticker;
    private final LiveRefresh poller;
    private final Tab tab;
    private final ChangeListener<Area> areaFollower;
    private final ListChangeListener<EventQueueRow> pendingSelect = c -> selectPending();
    private final List<LongConsumer> changed = new ArrayList<>();
    private List<UnitRef> units = List.of();
    /** An event to select once the queue lists it (opened from the map, a search, the alarm badge). */
    private Long pending;

    /**
     * @param firstPage the queue's first page read while the console loaded ({@link FirstPage#read}), or null to
     *                  read it now
     */
    public DispatchFeature(ConsoleWindow window, MapWallModel map, MapWallView mapView, EventService events,
                           EventDesk desk, Clock clock, BackgroundTasks tasks, Messages consoleMessages,
                           String actor, FirstPage firstPage) {
        this(window, map, mapView, events, desk, clock, tasks, consoleMessages, actor, POLL, null, firstPage);
    }

    /** {@code photos}: how photos are chosen (null: the file chooser). */
    DispatchFeature(ConsoleWindow window, MapWallModel map, MapWallView mapView, EventService events, EventDesk desk,
                    Clock clock, BackgroundTasks tasks, Messages consoleMessages, String actor, Duration poll,
                    StepDialog.PhotoChooser photos, FirstPage firstPage) {
        this.messages = consoleMessages.forFeature("org.gridcommand.ui.dispatch.messages");
        this.map = map;
        this.mapView = mapView;
        this.events = events;
        this.tasks = tasks;
        EventWords words = new EventWords(messages.locale());
        Chips chips = new Chips(messages, words);
        notices = new OfficerNotices(words);
        queue = new EventQueueModel(events, desk.watch(), clock, tasks, notices);
        actions = new EventActions(events, tasks, notices, messages, actor, queue::refresh);
        detail = new EventDetailModel(events, desk.attachments(), tasks, notices, actor);
        actions.onChanged(detail::reloadIf);
        actions.onChanged(id -> changed.forEach(l -> l.accept(id)));
        EntryModel entry = new EntryModel(events, tasks, notices, messages, actor, () -> map.areasProperty().get());

        rights = events.rights();
        queueView = new QueueView(queue, messages, chips, clock.getZone(), rights);
        flows = new ActionFlows(queueView, messages, words, actions, () -> units,
                photos != null ? photos : StepDialog.fileChooser(messages));
        EventDetailView detailView = new EventDetailView(messages, words, chips, clock.getZone(),
                new DetailButtons(detail, flows, messages, queueView), rights);
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
            openEvent(id);
            // a new event: its pin goes on the map at once, as after every action here
            changed.forEach(l -> l.accept(id));
        });
        entryPane = new TitledPane(messages.get("entry.heading"), form);
        entryPane.setExpanded(false);
        entryPane.setAnimated(false);
        entryPane.setId("entry-pane");
        entryPane.setVisible(rights.may(UseCase.REGISTER));
        entryPane.managedProperty().bind(entryPane.visibleProperty());
        VBox side = new VBox(detailView, entryPane);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        tab = new Tab(messages.get("tab.events"), scroll);
        tab.setId("events-tab");
        tab.setClosable(false);
        alarm = new UrgentAlarm(queue, messages, queueView.table(), this::openUrgent);
        tab.setGraphic(alarm.tabBadge());
        window.featurePanels().getTabs().add(0, tab);
        window.featurePanels().getSelectionModel().select(tab);

        StackPane below = new StackPane(queueView, toast);
        StackPane.setAlignment(toast, Pos.BOTTOM_RIGHT);
        below.getStylesheets().add(Objects.requireNonNull(
                DispatchFeature.class.getResource("dispatch.css")).toExternalForm());
        side.getStylesheets().add(below.getStylesheets().get(0));
        window.showBelowMap(below);
        window.addStatusItem(alarm.badge());

        notices.latestProperty().addListener((o, a, n) -> toast.show(n));
        // the officer's choice opens the detail; a selection put back after a refresh leaves it on its event
        queueView.table().getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && !queueView.restoringSelection()) {
                detail.open(row.id());
            }
        });
        detail.detailProperty().addListener((o, a, d) -> {
            detailView.show(d, queue.nowProperty().get());
            showOnMap(d);
        });
        // greyed while the event just chosen is read: its buttons never act on the event shown before it
        detailView.disableProperty().bind(detail.staleProperty());
        queueView.table().addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        queue.rows().addListener(pendingSelect);
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
        poller = new LiveRefresh(poll, queue::poll);
        queue.firstPageMillisProperty().addListener((o, a, ms) -> LOG.info("Event queue: first page of {} rows on "
                + "screen {} ms after the JVM started ({})", queue.rows().size(),
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime(),
                firstPage != null && ms == 0 ? "read while the console loaded" : "read " + ms + " ms after asked"));
        queue.start(firstPage);
    }

    /** How the queue follows the database: polled, or told when another console changed an event. */
    public LiveRefresh liveRefresh() {
        return poller;
    }

    /** The queue's view-model, for the console's diagnostics and the tests. */
    EventQueueModel queue() {
        return queue;
    }

    QueueView queueView() {
        return queueView;
    }

    /** How many rows the queue shows now (the console logs it when it is ready). */
    public int shownRows() {
        return queue.rows().size();
    }

    /** Called with an event's id after every action on it here (e.g. to redraw its pin on the map). */
    public void onEventChanged(LongConsumer listener) {
        changed.add(listener);
    }

    /**
     * Opens an event chosen elsewhere (an event pin, a search hit, the alarm badge): its detail at once, and its row
     * selected in the queue — when the queue's filter hides it (a closed or cancelled event, another state or
     * category), the filter turns to where it is listed, keeping the area when the event lies in it.
     */
    public void openEvent(long eventId) {
        tab.getTabPane().getSelectionModel().select(tab);
        detail.open(eventId);
        pending = eventId;
        selectPending();
        tasks.run(() -> events.find(eventId), e -> {
            QueueFilter f = queue.filterProperty().get();
            if (!Objects.equals(pending, eventId) && shows(f, e)) {
                return; // selected already, and the filter lists it
            }
            pending = eventId;
            QueueFilter where = shows(f, e) ? f : new QueueFilter(e.getState().isOpen() ? null : e.getState(), null,
                    f.area() != null && inArea(e, f.area()) ? f.area() : null, null, false,
                    f.urgentOnly() && e.getUrgency() != Urgency.NORMAL);
            queue.filterProperty().set(where);
            if (where.equals(f)) {
                queue.refresh(); // a row read before the event changed; read again, then select it
            }
        }, notices::problem);
    }

    /** True when the filter's state, area and urgency would list {@code e} (category and channel are reset). */
    private static boolean shows(QueueFilter f, Event e) {
        boolean state = f.state() == null ? e.getState().isOpen() : f.state() == e.getState();
        return state && f.category() == null && f.channel() == null && !f.overdueOnly()
                && (!f.urgentOnly() || e.getUrgency() != Urgency.NORMAL) && (f.area() == null || inArea(e, f.area()));
    }

    private static boolean inArea(Event e, Area area) {
        return Objects.equals(area.getId(), e.getStreetId()) || Objects.equals(area.getId(), e.getCommunityId())
                || Objects.equals(area.getId(), e.getGridId()) || Objects.equals(area.getId(), e.getMicroGridId())
                || area.getLevel() == AreaLevel.DISTRICT;
    }

    /**
     * Stops the new-urgent-event alarm for these events: they were answered at another desk (the triage desk's
     * acknowledgement of a 特急 report), so the officer is not asked twice.
     */
    public void acknowledgeAlarm(Collection<Long> eventIds) {
        queue.acknowledge(eventIds);
    }

    /**
     * Another account holds the console (hand-over, new sign-in): the entry form, the keys and the detail's buttons
     * offer what its roles allow.
     */
    public void operatorChanged() {
        entryPane.setVisible(rights.may(UseCase.REGISTER));
        queueView.operatorChanged();
        Long open = detail.openId();
        if (open != null) {
            detail.reloadIf(open);
        }
    }

    /** Stops the timers, releases the listeners on the map and removes the overlay. */
    public void dispose() {
        ticker.stop();
        poller.stop();
        toast.dispose();
        alarm.dispose();
        map.scopeProperty().removeListener(areaFollower);
        queue.rows().removeListener(pendingSelect);
        queueView.dispose();
        picker.dispose();
        mapView.removeOverlay(selectedLayer);
    }

    /** The badge: the new urgent events in the queue, the newest one open. */
    private void openUrgent() {
        List<Long> fresh = queue.unacknowledged().stream().map(u -> u.id()).toList();
        queue.acknowledge();
        queue.filterProperty().set(QueueFilter.ALL_OPEN.withUrgentOnly(true));
        if (!fresh.isEmpty()) {
            openEvent(fresh.get(0));
        }
    }

    /** Selects the pending event if the queue lists it; true when it did. */
    private boolean selectPending() {
        if (pending == null) {
            return false;
        }
        var table = queueView.table();
        EventQueueRow row = table.getItems().stream().filter(r -> r.id() == pending).findFirst().orElse(null);
        if (row == null) {
            return false;
        }
        pending = null;
        table.getSelectionModel().select(row);
        table.scrollTo(row);
        return true;
    }

    private void key(KeyEvent e) {
        EventQueueRow row = queueView.table().getSelectionModel().getSelectedItem();
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            queue.acknowledge();
            e.consume();
            return;
        }
        if (code == KeyCode.N && entryPane.isVisible()) {
            entryPane.setExpanded(true);
            tab.getTabPane().getSelectionModel().select(tab);
            e.consume();
            return;
        }
        if (row == null) {
            return;
        }
        if (code == KeyCode.ENTER) {
            tab.getTabPane().getSelectionModel().select(tab);
            detail.open(row.id());
            e.consume();
            return;
        }
        DeskAction action = DeskAction.forKey(code);
        if (action == null) {
            return;
        }
        e.consume();
        List<DeskAction> offered = queueView.offered(row);
        if (offered.contains(action)) {
            // the detail shows the event acted on, and keeps showing it when the row leaves the list
            if (!Objects.equals(detail.openId(), row.id())) {
                detail.open(row.id());
            }
            flows.start(action, new ActionFlows.Target(row.id(), row.version(), row.number(), row.photoRequired()));
        } else if (rights.refusal(action.useCase, row.leadUnitId()).isPresent()) {
            // not this account's to do: say who may, as the service would, instead of opening a dialog
            notices.info(new EventWords(messages.locale()).say(rights.refusal(action.useCase, row.leadUnitId())
                    .get()));
        } else {
            // not offered: say what is possible instead of opening a dialog for a step that would be refused
            String state = new EventWords(messages.locale()).state(row.state());
            notices.info(offered.isEmpty() ? messages.get("queue.nothingNow", row.number(), state)
                    : messages.get("queue.notNow", row.number(), state, messages.get(action.labelKey()),
                    String.join(messages.get("key.sep"), offered.stream().map(a -> messages.get("key.action",
                            a.key.getName(), messages.get(a.labelKey()))).toList())));
        }
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

    private static Timeline every(Duration period, Runnable action) {
        Timeline t = new Timeline(new KeyFrame(period, e -> action.run()));
        t.setCycleCount(Timeline.INDEFINITE);
        t.play();
        return t;
    }

    private record Lists(List<UnitRef> units, List<CategoryChoice> categories) {
    }

    private record Found(Event event, EventQueueRow summary) {
    }
}

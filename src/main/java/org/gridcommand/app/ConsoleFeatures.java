package org.gridcommand.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.geo.tiles.BaseMapRenderer;
import org.gridcommand.geo.tiles.BaseMapStyle;
import org.gridcommand.geo.tiles.TileCache;
import org.gridcommand.geo.tiles.TileSource;
import org.gridcommand.service.Backend;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.service.settings.ConsoleSettings;
import org.gridcommand.service.sync.SharedChanges.Topic;
import org.gridcommand.ui.account.ConsoleLock;
import org.gridcommand.ui.account.OperatorName;
import org.gridcommand.ui.admin.AdminFeature;
import org.gridcommand.ui.admin.tokens.TokensPane;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.dispatch.DispatchFeature;
import org.gridcommand.ui.emergency.EmergencyFeature;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.mapwall.layers.PointLayerKind;
import org.gridcommand.ui.mapwall.layers.PointLayers;
import org.gridcommand.ui.mapwall.layers.PointLayersModel;
import org.gridcommand.ui.resources.ResourcesFeature;
import org.gridcommand.ui.returnvisit.ReturnVisitFeature;
import org.gridcommand.ui.shell.ConsoleModel;
import org.gridcommand.ui.shell.ConsoleSync;
import org.gridcommand.ui.shell.ConsoleWindow;
import org.gridcommand.ui.statistics.StatisticsFeature;
import org.gridcommand.ui.triage.TriageFeature;
import org.gridcommand.ui.watch.WatchFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's last start-up step, on the FX thread once someone is signed in: builds the window, the map and
 * every feature from the backend and joins them (a pin opens its event, a change redraws the pins, other consoles'
 * changes refresh the panels). Releases them all again when the console closes.
 */
final class ConsoleFeatures {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleFeatures.class);

    private final Stage stage;
    private final Messages messages;
    private final ConsoleClock clock;
    private final BackgroundTasks tasks;
    private final ConsoleSettings settings;
    private final Path dataFolder;
    private final int idleLockMinutes;
    private Backend backend;
    private ConsoleLock lock;
    /** The administrator's screen (accounts; the place for the tokens pane): shown to administrators only. */
    private AdminFeature admin;
    private ConsoleWindow window;
    private MapWallModel mapModel;
    private MapWallTools mapTools;
    private PointLayers pointLayers;
    private EmergencyFeature emergency;
    private ResourcesFeature resources;
    private DispatchFeature dispatch;
    private ReturnVisitFeature returnVisits;
    private WatchFeature watch;
    private TriageFeature triage;
    private ConsoleSync sync;
    private StatisticsFeature statistics;
    /** An event pin clicked on the map opens that event in the queue. */
    private Subscription eventPinToQueue;

    ConsoleFeatures(Stage stage, Messages messages, ConsoleClock clock, BackgroundTasks tasks,
                    ConsoleSettings settings, Path dataFolder, int idleLockMinutes) {
        this.stage = stage;
        this.messages = messages;
        this.clock = clock;
        this.tasks = tasks;
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.idleLockMinutes = idleLockMinutes;
    }

    void show(FirstReads.Loaded loaded, Account account) {
        Backend backend = loaded.backend();
        this.backend = backend;
        // what the history records for the steps the features still name themselves (emergency, stock)
        String user = account.loginName();
        OperatorName operatorName = new OperatorName(messages.locale());
        ConsoleModel model = new ConsoleModel(backend.city(), clock, clock.getZone(), tasks,
                operatorName.of(account), backend.describeDatabase());
        MapWallModel mapModel = new MapWallModel();
        this.mapModel = mapModel;
        if (loaded.tiles() != null) {
            mapModel.tileSourceProperty().set(loaded.tiles());
        } else {
            // reading the base map's features and loading its font take a while: not on the way to a usable console
            tasks.run(() -> builtInTiles(backend), mapModel.tileSourceProperty()::set,
                    e -> LOG.warn("The built-in base map cannot be shown: {}", e.toString()));
        }
        MapWallView mapView = new MapWallView(mapModel);
        window = new ConsoleWindow(model, mapModel, mapView, messages, loaded.cityName());
        stage.getScene().setRoot(window);
        stage.setTitle(messages.get("app.title") + " — " + loaded.cityName());
        window.showAreas(loaded.areas());
        // what the console opens later (the wall screen, dialogs) is closed while it is locked; nothing that was
        // there before it (the console's own window; a test harness's stage)
        Set<Window> windowsBefore = Set.copyOf(Window.getWindows());
        // idle time is a person being away: measured on the system clock, not a drill's fast application clock
        lock = new ConsoleLock(stage, backend.consoleWatch(), tasks, messages, Clock.systemUTC(), idleLockMinutes,
                () -> Window.getWindows().stream().filter(w -> !windowsBefore.contains(w)).toList(),
                holder -> operatorChanged(model, operatorName, holder));
        lock.install();
        window.addStatusItemThatMayStepAside(lock.controls());
        mapTools = new MapWallTools(backend, tasks, messages, window, mapModel, mapView, stage, settings,
                () -> builtInTiles(backend));
        mapTools.restoreMap();
        pointLayers = new PointLayers(mapModel, mapView, clock, tasks, messages,
                backend.mapPoints()::load);
        window.addLayerControls(pointLayers.controls());
        pointLayers.selectWith(mapTools.tools(), backend.mapPoints()::gridWorkers);
        pointLayers.showDetailsIn(window.featurePanels());
        pointLayers.start();
        emergency = new EmergencyFeature(backend, tasks, messages, clock, user, mapModel,
                mapView, window.featurePanels());
        resources = new ResourcesFeature(backend.resources(), tasks, messages,
                mapModel, mapView, window.featurePanels(), clock.getZone(), user);
        emergency.offerTo(backend.events().rights());
        window.widenWhenShown(emergency.tab());
        dispatch = new DispatchFeature(window, mapModel, mapView, backend.events(),
                backend.eventDesk(), clock, tasks, messages, user, loaded.queuePage());
        triage = new TriageFeature(window, mapModel, mapView, backend.triage(), clock, tasks,
                messages, user);
        statistics = new StatisticsFeature(window, backend.kpi(), backend.reports(), tasks, messages);
        admin = new AdminFeature(window.featurePanels(), backend.accountAdministration(), backend.events().rights(),
                tasks, messages, clock.getZone());
        admin.addPane(messages.get("tokens.tab"), "tokens-pane",
                () -> new TokensPane(backend.tokens(), tasks, messages), TokensPane::refresh);
        window.widenWhenShown(admin.tab());
        // a 特急 report answered at the triage desk is not alarmed again by the queue
        triage.onAlarmEnded(dispatch::acknowledgeAlarm);
        var openFromMap = dispatch;
        mapTools.openEventsWith(openFromMap::openEvent);
        eventPinToQueue = pointLayers.model().selectedProperty().subscribe(selected -> {
            if (selected instanceof MapPoints.EventPin pin) {
                openFromMap.openEvent(pin.id());
            }
        });
        returnVisits = new ReturnVisitFeature(window, backend.returnVisits(),
                backend.returnVisitRule(), backend.events(), tasks, messages, clock.getZone(), user);
        watch = new WatchFeature(window.featurePanels(), backend.roster(), backend.dutySigns(), backend.handovers(),
                backend.session()::current, tasks, messages, clock.getZone());
        window.widenWhenShown(watch.tab());
        // an event changed here: its pin is redrawn (a closed one leaves the map), the calls to make are read again
        var layers = pointLayers;
        Runnable reloadPins = () -> layers.model().load(() -> backend.mapPoints().load(
                layers.model().isVisible(PointLayerKind.HEAT_MAP)));
        dispatch.onEventChanged(id -> {
            reloadPins.run();
            returnVisits.eventChanged(id);
        });
        returnVisits.onEventChanged(id -> reloadPins.run());
        // on a shared database, other consoles' changes arrive as they commit; the panels poll only without them
        sync = new ConsoleSync(backend.sharedChanges(), window, messages, Map.of(
                Topic.EVENTS, List.of(dispatch.liveRefresh()::now, triage.liveRefresh()::now, model::refreshCounts),
                Topic.ACTIVATIONS, List.of(emergency.liveRefresh()::now)),
                List.of(dispatch.liveRefresh(), triage.liveRefresh(), emergency.liveRefresh()));
    }

    /** The screens follow the account that now holds the console (after an unlock, a hand-over, a new sign-in). */
    private void operatorChanged(ConsoleModel model, OperatorName operatorName, Account holder) {
        model.showUser(operatorName.of(holder));
        dispatch.operatorChanged();
        admin.operatorChanged();
        emergency.offerTo(backend.events().rights());
    }

    /** The console's lock (for tests: lock it, move its idle clock). */
    ConsoleLock lock() {
        return lock;
    }

    /**
     * The demo city's own base map, rendered from this database's base map features and cached on disk per database
     * and base map, so a restart does not render them again and a different base map never shows stale tiles.
     */
    private TileSource builtInTiles(Backend opened) {
        List<BaseMapFeature> features = opened.baseMap().features();
        String fingerprint = Integer.toHexString((opened.describeDatabase() + "|" + features.size() + "|"
                + BaseMapStyle.VERSION).hashCode());
        Path cache = dataFolder.resolve("tiles").resolve(fingerprint);
        return new TileCache(cache, new BaseMapRenderer(features));
    }

    /** What the map shows of cameras, sensors and events now (for the tests that walk the whole console). */
    PointLayersModel pointsOnMap() {
        return pointLayers.model();
    }

    /** The window shown (the drill mode marks it with its banner). */
    ConsoleWindow window() {
        return window;
    }

    /** The base map shown now, or null while the built-in one is still being made. */
    TileSource tiles() {
        return mapModel != null ? mapModel.tileSourceProperty().get() : null;
    }

    /** Rows in the event queue now (logged when the console is ready). */
    int shownRows() {
        return dispatch.shownRows();
    }

    /** Releases every listener and timer; the map's last view is saved on {@code background}. */
    void dispose(Executor background) {
        if (lock != null) {
            lock.dispose();
        }
        if (sync != null) {
            sync.dispose();
        }
        if (mapTools != null) {
            background.execute(mapTools.saveMap());
            mapTools.dispose();
        }
        if (eventPinToQueue != null) {
            eventPinToQueue.unsubscribe();
        }
        if (pointLayers != null) {
            pointLayers.dispose();
        }
        if (dispatch != null) {
            dispatch.dispose();
        }
        if (returnVisits != null) {
            returnVisits.dispose();
        }
        if (watch != null) {
            watch.dispose();
        }
        if (triage != null) {
            triage.dispose();
        }
        if (statistics != null) {
            statistics.dispose();
        }
        if (admin != null) {
            admin.dispose();
        }
        if (emergency != null) {
            emergency.dispose();
            resources.dispose();
        }
        if (window != null) {
            window.dispose();
        }
    }
}

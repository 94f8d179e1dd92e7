package org.gridcommand.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.gridcommand.cli.ConsoleOptions;
import org.gridcommand.cli.DataFolder;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.geo.tiles.BaseMapRenderer;
import org.gridcommand.geo.tiles.BaseMapStyle;
import org.gridcommand.geo.tiles.MBTilesSource;
import org.gridcommand.geo.tiles.TileCache;
import org.gridcommand.geo.tiles.TileSource;
import org.gridcommand.service.Backend;
import org.gridcommand.service.BackendUnavailableException;
import org.gridcommand.service.demo.DemoCityService;
import org.gridcommand.service.emergency.EmergencyCommand;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.service.settings.ConsoleSettings;
import org.gridcommand.service.sync.SharedChanges.Topic;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.ConsoleFonts;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.dispatch.DispatchFeature;
import org.gridcommand.ui.dispatch.FirstPage;
import org.gridcommand.ui.emergency.EmergencyFeature;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.mapwall.layers.PointLayerKind;
import org.gridcommand.ui.mapwall.layers.PointLayers;
import org.gridcommand.ui.mapwall.layers.PointLayersModel;
import org.gridcommand.ui.resources.ResourcesFeature;
import org.gridcommand.ui.returnvisit.ReturnVisitFeature;
import org.gridcommand.ui.watch.WatchFeature;
import org.gridcommand.ui.shell.ConsoleModel;
import org.gridcommand.ui.shell.ConsoleSync;
import org.gridcommand.ui.shell.ConsoleWindow;
import org.gridcommand.ui.statistics.StatisticsFeature;
import org.gridcommand.domain.account.Account;
import org.gridcommand.service.account.SignInRefusedException;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.ui.account.SignInModel;
import org.gridcommand.ui.account.SignInView;
import org.gridcommand.ui.triage.TriageFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the console: opens the backend off the FX thread (generating the demo city on first
 * start, with progress), then wires the views and view-models and shows them. Runs on the FX thread; every
 * database call goes through {@link BackgroundTasks}.
 */
final class ConsoleStartup {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleStartup.class);
    static final String READY_LINE = "GridCommand console ready";

    private final ConsoleOptions options;
    private final IntConsumer onExit;
    private final Path dataFolder;
    private final Messages messages;
    private final ConsoleClock clock = ConsoleClock.system();
    private final ThreadPoolExecutor background = BackgroundTasks.newBackgroundExecutor();
    private final FirstFrameGate firstFrame = new FirstFrameGate(background);
    private final BackgroundTasks tasks = BackgroundTasks.withFxThread(firstFrame);
    private Stage stage;
    private Backend backend;
    private ConsoleWindow window;
    private MapWallTools mapTools;
    private final ConsoleSettings settings;
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
    private int exitCode;

    /** @param dataFolder where the user's settings and the tile cache live (see {@link DataFolder}) */
    ConsoleStartup(ConsoleOptions options, Path dataFolder, IntConsumer onExit) {
        this.options = options;
        this.onExit = onExit;
        this.dataFolder = dataFolder;
        this.messages = new Messages(Messages.localeFor(options.lang()));
        this.settings = ConsoleSettings.forUser(
                dataFolder, options.user() != null ? options.user()
                        : System.getProperty("user.name", "default"));
    }

    /** Loaded in the background before the console window is built. */
    /** {@code tiles}: the chosen MBTiles file, or null for the built-in base map (made after the console shows). */
    /** {@code signedIn}: the account of --user with GRIDCOMMAND_PASSWORD, checked like the form; else null. */
    private record Loaded(Backend backend, List<Area> areas, String cityName, TileSource tiles,
                          FirstPage queuePage, Account signedIn, String signInRefusal) {
    }

    void start() {
        ConsoleFonts.load();
        stage = new Stage();
        stage.setTitle(messages.get("app.title"));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (options.bareWindow()) {
            showScene(new Label(messages.get("app.title")), screen);
            whenDrawn(this::ready);
            return;
        }
        StartupView startup = new StartupView(messages);
        startup.show(messages.get("startup.opening", options.db()), -1);
        showScene(startup, screen);
        stage.setOnHidden(e -> shutDown());
        tasks.run(() -> load(startup), this::signInThenShow, failure -> {
            exitCode = failure instanceof BackendUnavailableException ? 2 : 1;
            LOG.error("GridCommand cannot start: {}", failure.getMessage(),
                    failure instanceof BackendUnavailableException ? null : failure);
            System.err.println("gridcommand: " + failure.getMessage());
            if (options.exitWhenReady()) {
                stage.close();
            } else {
                startup.fail(failure.getMessage(), stage::close);
            }
        });
    }

    private Loaded load(StartupView startup) {
        String user = System.getenv("GRIDCOMMAND_DB_USER");
        String password = System.getenv("GRIDCOMMAND_DB_PASSWORD");
        Backend opened = Backend.open(options.db(), user, password, clock, options.mayCreate());
        try {
            if (!opened.demo().hasCity()) {
                LOG.info("Empty database: generating the demo city");
                opened.demo().create(DemoCityService.DEFAULT_SEED, (step, fraction) ->
                        tasks.onFx(() -> startup.show(messages.get("startup.generating") + "\n" + step, fraction)));
                // a bulk load leaves the embedded file several times larger than its data: shrink it once
                opened.close();
                Backend.compact(options.db(), user, password);
                opened = Backend.open(options.db(), user, password, clock);
            }
            opened.startDailyBackups();
            tasks.onFx(() -> startup.show(messages.get("startup.loading"), -1));
            // the event queue's first page is read beside the areas, on the other worker: the queue is then full
            // when the console is ready, instead of waiting behind every feature's first read (issue 10: 4.6-5.5 s)
            Backend reading = opened;
            var queuePage = CompletableFuture.supplyAsync(
                    () -> FirstPage.read(reading.events(), reading.eventDesk()),
                    background);
            TileSource tiles = chosenBaseMapFile();
            List<Area> areas = opened.city().areas();
            String cityName = areas.stream().filter(a -> a.getLevel() == AreaLevel.DISTRICT).map(Area::getName)
                    .findFirst().orElse("");
            Account signedIn = null;
            String refusal = null;
            String accountPassword = System.getenv("GRIDCOMMAND_PASSWORD");
            if (options.user() != null && accountPassword != null) {
                try {
                    signedIn = opened.session().signIn(options.user(), accountPassword.toCharArray());
                } catch (SignInRefusedException e) {
                    refusal = new EventWords(messages.locale()).refusal(e);
                }
            }
            return new Loaded(opened, areas, cityName, tiles, firstPage(queuePage), signedIn, refusal);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** The queue's first page, or null when it could not be read (the queue then reads it itself, and says why). */
    private static FirstPage firstPage(
            CompletableFuture<FirstPage> reading) {
        try {
            return reading.join();
        } catch (RuntimeException e) {
            LOG.warn("The event queue's first page was not read ahead: {}", e.toString());
            return null;
        }
    }

    /**
     * The MBTiles file given with --basemap or chosen in the console, opened and checked (a wrong file stops the
     * start with the reason); null for the built-in base map, which is made once the console shows.
     */
    private TileSource chosenBaseMapFile() {
        Path chosen = options.baseMap() != null ? options.baseMap() : chosenBaseMap();
        if (chosen == null) {
            return null;
        }
        try {
            return new MBTilesSource(chosen);
        } catch (IllegalArgumentException e) {
            throw new BackendUnavailableException(e.getMessage(), e);
        }
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

    /** The MBTiles file chosen in the console's import window, if it still exists. */
    private Path chosenBaseMap() {
        String file = settings.baseMapFile();
        return file != null && Files.isRegularFile(Path.of(file)) ? Path.of(file) : null;
    }

    /**
     * The console opens on the sign-in form (the embedded default too): every change is made by an account. Signed
     * in already with --user and GRIDCOMMAND_PASSWORD (a wall screen, the start-up bench), it opens at once.
     */
    private void signInThenShow(Loaded loaded) {
        backend = loaded.backend();
        if (loaded.signedIn() != null) {
            showConsole(loaded, loaded.signedIn());
            return;
        }
        if (options.exitWhenReady()) {
            // unattended (bench startup): nobody will type a password, so say why and stop instead of waiting
            exitCode = 2;
            System.err.println("gridcommand: " + (loaded.signInRefusal() != null ? loaded.signInRefusal()
                    : "--user NAME with GRIDCOMMAND_PASSWORD is needed to start unattended"));
            stage.close();
            return;
        }
        SignInModel model = new SignInModel(backend.session(), tasks, messages);
        if (options.user() != null) {
            model.loginNameProperty().set(options.user());
        }
        if (loaded.signInRefusal() != null) {
            model.messageProperty().set(loaded.signInRefusal());
        }
        SignInView form = new SignInView(model, messages, messages.get("signin.heading"),
                account -> showConsole(loaded, account));
        stage.getScene().setRoot(form);
        form.focusFirstField();
    }

    private void showConsole(Loaded loaded, Account account) {
        // the features' first reads wait until the console's first frame is laid out (see FirstFrameGate)
        firstFrame.hold();
        backend = loaded.backend();
        // what the history records for the steps the features still name themselves (emergency, stock)
        String user = account.loginName();
        ConsoleModel model = new ConsoleModel(backend.city(), clock, clock.getZone(), tasks,
                account.displayName(), backend.describeDatabase());
        MapWallModel mapModel = new MapWallModel();
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
        mapTools = new MapWallTools(backend, tasks, messages, window, mapModel, mapView, stage, settings,
                () -> builtInTiles(loaded.backend()));
        mapTools.restoreMap();
        pointLayers = new PointLayers(mapModel, mapView, clock, tasks, messages,
                backend.mapPoints()::load);
        window.addLayerControls(pointLayers.controls());
        pointLayers.selectWith(mapTools.tools(), backend.mapPoints()::gridWorkers);
        pointLayers.showDetailsIn(window.featurePanels());
        pointLayers.start();
        EmergencyCommand command = backend.emergencyCommand();
        emergency = new EmergencyFeature(command, tasks, messages, clock, user, mapModel,
                mapView, window.featurePanels());
        resources = new ResourcesFeature(command.services().resources(), tasks, messages,
                mapModel, mapView, window.featurePanels(), clock.getZone(), user);
        window.widenWhenShown(emergency.tab());
        window.widenWhenShown(resources.tab());
        dispatch = new DispatchFeature(window, mapModel, mapView, backend.events(),
                backend.eventDesk(), clock, tasks, messages, user, loaded.queuePage());
        triage = new TriageFeature(window, mapModel, mapView, backend.triage(), clock, tasks,
                messages, user);
        statistics = new StatisticsFeature(window, backend.kpi(), backend.reports(), tasks, messages);
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
        whenDrawn(this::ready);
    }

    /** True when the console's background threads have nothing queued or running (for tests and screenshots). */
    boolean backgroundIdle() {
        return background.getActiveCount() == 0 && background.getQueue().isEmpty();
    }

    /** What the map shows of cameras, sensors and events now (for the tests that walk the whole console). */
    PointLayersModel pointsOnMap() {
        return pointLayers.model();
    }

    private void showScene(Parent root, Rectangle2D screen) {
        Scene scene = new Scene(root, Math.min(1920, screen.getWidth()), Math.min(1080, screen.getHeight()));
        scene.getStylesheets().add(ConsoleStartup.class.getResource("/org/gridcommand/ui/console.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.show();
    }

    /** Runs {@code action} once the scene has been laid out and drawn with its current content. */
    private void whenDrawn(Runnable action) {
        Scene scene = stage.getScene();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private void ready() {
        firstFrame.release();
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("{} in {} ms", READY_LINE, sinceJvmStart);
        if (dispatch != null) {
            LOG.info("Event queue at console ready: {} rows on screen", dispatch.shownRows());
        }
        if (options.exitWhenReady()) {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            System.out.println("READY startup_ms=" + sinceJvmStart + " heap_mb=" + heapMb);
            System.out.flush();
            stage.close();
            if (options.bareWindow()) {
                onExit.accept(0);
            }
        }
    }

    private void shutDown() {
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
        if (emergency != null) {
            emergency.dispose();
            resources.dispose();
        }
        if (window != null) {
            window.dispose();
        }
        Backend toClose = backend;
        background.execute(() -> {
            if (toClose != null) {
                toClose.close();
            }
            onExit.accept(exitCode);
        });
        background.shutdown();
    }
}

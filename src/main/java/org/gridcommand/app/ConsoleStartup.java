package org.gridcommand.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.gridcommand.cli.ConsoleOptions;
import org.gridcommand.cli.DataFolder;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.geo.tiles.TileSource;
import org.gridcommand.service.Backend;
import org.gridcommand.service.BackendUnavailableException;
import org.gridcommand.service.settings.ConsoleSettings;
import org.gridcommand.ui.account.ConsoleLock;
import org.gridcommand.ui.account.SignInModel;
import org.gridcommand.ui.account.SignInView;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.ConsoleFonts;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.layers.PointLayersModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the console, step by step: opens the backend off the FX thread ({@link DatabaseOpening},
 * generating the demo city on first start, with progress), reads what the first frame needs ({@link FirstReads}),
 * asks who is on duty (the sign-in form), then builds the window and its features ({@link ConsoleFeatures}) and
 * shows them. Runs on the FX thread; every database call goes through {@link BackgroundTasks}.
 */
final class ConsoleStartup {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleStartup.class);
    static final String READY_LINE = "GridCommand console ready";

    private final ConsoleOptions options;
    private final IntConsumer onExit;
    private final Path dataFolder;
    private final Messages messages;
    private final ConsoleClock liveClock = ConsoleClock.system();
    /** The clock of the city shown: the live one, or a drill's (issue 14). */
    private ConsoleClock clock = liveClock;
    private final ThreadPoolExecutor background = BackgroundTasks.newBackgroundExecutor();
    private final FirstFrameGate firstFrame = new FirstFrameGate(background);
    private final BackgroundTasks tasks = BackgroundTasks.withFxThread(firstFrame);
    private Stage stage;
    private Backend backend;
    private Backend liveBackend;
    private ConsoleDrillMode drillMode;
    private FirstReads.Loaded liveLoaded;
    /** The base map shown last, kept while the console switches between the live city and a drill copy. */
    private TileSource shownTiles;
    private final ConsoleSettings settings;
    private ConsoleFeatures features;
    private int exitCode;
    /** Issue 12: a console left alone locks after a quarter of an hour unless --idle-lock or the setting says. */
    private static final int DEFAULT_IDLE_LOCK_MINUTES = 15;

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

    /** The background half of the start: the database opened (and filled when empty), the first reads done. */
    private FirstReads.Loaded load(StartupView startup) {
        Backend opened = new DatabaseOpening(options, liveClock, tasks, messages).open(startup);
        try {
            tasks.onFx(() -> startup.show(messages.get("startup.loading"), -1));
            return new FirstReads(options, settings, messages, background).read(opened);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** The open database's services, once loaded (tests hand the console over to another account through it). */
    Backend backend() {
        return backend;
    }

    /**
     * The console opens on the sign-in form (the embedded default too): every change is made by an account. Signed
     * in already with --user and GRIDCOMMAND_PASSWORD (a wall screen, the start-up bench), it opens at once.
     */
    private void signInThenShow(FirstReads.Loaded loaded) {
        backend = loaded.backend();
        if (liveBackend == null) {
            liveBackend = backend;
            liveLoaded = loaded;
            drillMode = new ConsoleDrillMode(backend, liveClock, tasks, messages, stage, styleSheet(), drillShell());
        }
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
        SignInModel model = new SignInModel(backend.consoleWatch()::signIn, tasks, messages);
        if (options.user() != null) {
            model.loginNameProperty().set(options.user());
        }
        if (loaded.signInRefusal() != null) {
            model.messageProperty().set(loaded.signInRefusal());
        }
        SignInView form = new SignInView(model, messages, messages.get("signin.heading"),
                account -> showConsole(loaded, account));
        stage.getScene().setRoot(drillMode.aroundSignIn(form));
        form.focusFirstField();
    }

    private void showConsole(FirstReads.Loaded loaded, Account account) {
        // the features' first reads wait until the console's first frame is laid out (see FirstFrameGate)
        firstFrame.hold();
        backend = loaded.backend();
        features = new ConsoleFeatures(stage, messages, clock, tasks, settings, dataFolder, idleLockMinutes());
        features.show(loaded, account);
        drillMode.decorate(features.window(), account);
        whenDrawn(this::ready);
    }

    /** How the drill mode switches this console between the live city and a drill copy. */
    private ConsoleDrillMode.Shell drillShell() {
        return new ConsoleDrillMode.Shell() {
            @Override
            public void closeFeatures() {
                ConsoleStartup.this.closeFeatures();
            }

            @Override
            public void open(Backend on, ConsoleClock onClock, Account account) {
                clock = onClock;
                TileSource tiles = shownTiles != null ? shownTiles : liveLoaded.tiles();
                FirstReads.Loaded loaded = new FirstReads.Loaded(on, liveLoaded.areas(), liveLoaded.cityName(),
                        tiles, null, null, null);
                if (account != null) {
                    backend = on;
                    showConsole(loaded, account);
                } else {
                    signInThenShow(loaded);
                }
            }

            @Override
            public void progress(String line) {
                StartupView view = new StartupView(messages);
                view.show(line, -1);
                stage.getScene().setRoot(view);
            }
        };
    }

    private static String styleSheet() {
        return ConsoleStartup.class.getResource("/org/gridcommand/ui/console.css").toExternalForm();
    }

    /** --idle-lock, else the console's setting, else 15 minutes. */
    private int idleLockMinutes() {
        return options.idleLockMinutes() != null ? options.idleLockMinutes()
                : settings.idleLockMinutes(DEFAULT_IDLE_LOCK_MINUTES);
    }

    /** The console's lock (for tests: lock it, move its idle clock). */
    ConsoleLock lock() {
        return features.lock();
    }

    /** True when the console's background threads have nothing queued or running (for tests and screenshots). */
    boolean backgroundIdle() {
        return background.getActiveCount() == 0 && background.getQueue().isEmpty();
    }

    /** What the map shows of cameras, sensors and events now (for the tests that walk the whole console). */
    PointLayersModel pointsOnMap() {
        return features.pointsOnMap();
    }

    private void showScene(Parent root, Rectangle2D screen) {
        Scene scene = new Scene(root, Math.min(1920, screen.getWidth()), Math.min(1080, screen.getHeight()));
        scene.getStylesheets().add(styleSheet());
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
        if (features != null) {
            LOG.info("Event queue at console ready: {} rows on screen", features.shownRows());
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
        closeFeatures();
        Runnable endDrill = drillMode != null ? drillMode.closeOnExit() : () -> { };
        Backend toClose = liveBackend != null ? liveBackend : backend;
        background.execute(() -> {
            endDrill.run();
            if (toClose != null) {
                toClose.close();
            }
            onExit.accept(exitCode);
        });
        background.shutdown();
    }

    /** Closes the screens of the console shown (their timers, listeners, feeds); the database stays open. */
    private void closeFeatures() {
        if (features != null) {
            shownTiles = features.tiles();
            features.dispose(background);
            features = null;
        }
    }
}

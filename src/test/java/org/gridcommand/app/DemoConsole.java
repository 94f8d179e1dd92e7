package org.gridcommand.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gridcommand.cli.ConsoleOptions;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.demo.DemoScale;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.shell.ConsoleWindow;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole console as its composition root wires it ({@link ConsoleStartup}), on a small demo city (every kind of
 * data, few of each) in an embedded H2 file, in a window of a given size. The city is generated once per test run.
 */
final class DemoConsole implements AutoCloseable {
    /** The city and the words its data brings (names, titles, addresses), which any screen may show as they are. */
    record City(Path file, Set<String> hanNames, Set<String> latinNames) {
    }

    /**
     * Columns of names, titles and addresses: the city's own words, shown as they are in either language (a plan's
     * task lines too: they are the city's plan). History notes and notices' notes are among them since history is
     * stored as what happened (step + parameters, worded by each console): a note is what a person wrote, in the
     * city's language ("已更换灯泡"), never a sentence of the console's; a value mixing both languages is not taken
     * ({@link ForeignWords#bilingual}). A plan's trigger conditions and needs are NOT among them: they are codes for
     * the console to render.
     */
    private static final List<String> NAMES = List.of("area.name", "unit.name", "person.name", "category.name",
            "camera.name", "sensor.name", "warehouse.name", "warehouse.address", "warehouse.keeper",
            "stock_item.item_name", "stock_item.measure_unit", "team.name", "team.skills", "team.leader",
            "expert.name", "expert.field", "expert.title", "expert.organization", "plan.name", "plan.summary",
            "plan_level.actions",
            "event.title", "event.address", "event.reporter", "event.description", "event_transition.note",
            "event_notice.message", "service_station.name", "account.display_name",
            "service_station.address", "service_station.opening_hours", "basemap_feature.name",
            // the watch tab (branch shifts): the center's shift names and the people on the roster, by login
            "duty_shift.name", "account.login_name");
    private static final long STARTUP_SECONDS = 180;
    /**
     * The demo city's shift leader (README, "Accounts and roles"): the console is opened signed in as it, since the
     * walks take an event through the whole loop at one console, the units' steps included (a 值班长 may act for
     * a unit; a duty officer may not).
     */
    static final String LEADER_LOGIN = "leader";
    static final String LEADER_PASSWORD = "leader2026";
    private static City city;

    private final Stage stage;
    private final ConsoleStartup startup;
    private final CountDownLatch exited;
    private final Locale localeBefore;

    private DemoConsole(Stage stage, ConsoleStartup startup, CountDownLatch exited, Locale localeBefore) {
        this.stage = stage;
        this.startup = startup;
        this.exited = exited;
        this.localeBefore = localeBefore;
    }

    /** The demo city of this test run, generated on first use. */
    static synchronized City city() throws Exception {
        if (city == null) {
            Path file = Files.createTempDirectory("gc-console-").resolve("city");
            Set<String> han = new HashSet<>();
            Set<String> latin = new HashSet<>();
            try (Database db = Database.open(DatabaseLocation.parse(file.toString(), null, null))) {
                new DemoCityService(db, Clock.systemDefaultZone()).create(DemoCityService.DEFAULT_SEED,
                        DemoScale.SMALL, (step, fraction) -> { });
                riverInFlood(db);
                db.withConnection(c -> {
                    try (Statement s = c.createStatement()) {
                        for (String column : NAMES) {
                            String[] tc = column.split("\\.");
                            try (ResultSet rs = s.executeQuery("SELECT DISTINCT " + tc[1] + " FROM " + tc[0])) {
                                while (rs.next()) {
                                    addWords(rs.getString(1), han, latin);
                                }
                            }
                        }
                    }
                    return null;
                });
            }
            addWords(file.toString(), han, latin);
            city = new City(file, Set.copyOf(han), Set.copyOf(latin));
        }
        return city;
    }

    /**
     * A river gauge above every flood plan's trigger for two hours, so that the emergency tab shows its trigger
     * suggestions (the small city's gauges are quiet). Written as the gauge's last reading: a reading older than
     * the one the demo stored would not replace it through the sensor feed.
     */
    private static void riverInFlood(Database db) {
        db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE sensor SET last_value = 9.5, last_reading_at = ?, "
                    + "state = 'ALARM' WHERE code = (SELECT MIN(code) FROM sensor WHERE kind = 'WATER_LEVEL')")) {
                s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2));
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("the demo city has no river gauge");
                }
            }
            return null;
        });
    }

    private static void addWords(String value, Set<String> han, Set<String> latin) {
        if (value != null && !ForeignWords.bilingual(value)) {
            han.addAll(ForeignWords.hanRuns(value));
            latin.addAll(ForeignWords.latinWords(value));
        }
    }

    /** The user shown in the status bar: a name in the console's language, as an officer would give it. */
    static String user(String lang) {
        return lang.equals("en") ? "Duty officer Wang Fang" : "值班员 王芳";
    }

    /**
     * Opens the console in {@code lang} ("zh" or "en") in a window of {@code width} × {@code height} (sized before
     * the console is first laid out, as on a screen of that size) and waits until its queue shows events.
     */
    static DemoConsole open(String lang, double width, double height) throws Exception {
        City c = city();
        FxToolkit.registerPrimaryStage();
        Locale before = Locale.getDefault();
        // as the launcher does (DesktopConsole): JavaFX's own words follow the console's language
        Locale.setDefault(Messages.localeFor(lang));
        // each console gets its own copy: a walk commits an activation, the next walk starts from the same city
        Path copy = Files.createTempDirectory("gc-console-copy-").resolve("city");
        Files.copy(c.file().resolveSibling("city.mv.db"), copy.resolveSibling("city.mv.db"));
        return start(copy.toString(), lang, width, height, before);
    }

    /**
     * Opens the console on the database {@code dbSpec} (e.g. a shared PostgreSQL holding a city), in {@code lang},
     * in a window of {@code width} × {@code height}, and waits until its queue shows events.
     */
    static DemoConsole openOn(String dbSpec, String lang, double width, double height) throws Exception {
        FxToolkit.registerPrimaryStage();
        Locale before = Locale.getDefault();
        Locale.setDefault(Messages.localeFor(lang));
        return start(dbSpec, lang, width, height, before);
    }

    private static DemoConsole start(String dbSpec, String lang, double width, double height, Locale before)
            throws Exception {
        Path dataFolder = Files.createTempDirectory("gc-console-home-");
        ConsoleOptions options = new ConsoleOptions(dbSpec, lang, LEADER_LOGIN, false, false, null, false);
        CountDownLatch exited = new CountDownLatch(1);
        Set<Window> already = WaitForAsyncUtils.asyncFx(() -> Set.copyOf(Window.getWindows())).get();
        ConsoleStartup startup = new ConsoleStartup(options, dataFolder, code -> exited.countDown());
        Platform.runLater(startup::start);
        AtomicReference<Stage> console = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(STARTUP_SECONDS, TimeUnit.SECONDS, () -> {
            for (Window w : Window.getWindows()) {
                if (!already.contains(w) && w instanceof Stage s && s.getScene() != null) {
                    console.set(s);
                    return true;
                }
            }
            return false;
        });
        DemoConsole opened = new DemoConsole(console.get(), startup, exited, before);
        opened.resize(width, height);
        opened.signIn(LEADER_PASSWORD);
        WaitForAsyncUtils.waitFor(STARTUP_SECONDS, TimeUnit.SECONDS,
                () -> console.get().getScene().getRoot() instanceof ConsoleWindow);
        WaitForAsyncUtils.waitFor(STARTUP_SECONDS, TimeUnit.SECONDS, () -> opened.queue() != null
                && !opened.queue().getItems().isEmpty());
        return opened;
    }

    Stage stage() {
        return stage;
    }

    /**
     * Signs in through the console's own form, as the officer does (the name is filled in from --user): types the
     * password into the password field and presses the sign-in button.
     */
    void signIn(String password) throws Exception {
        WaitForAsyncUtils.waitFor(STARTUP_SECONDS, TimeUnit.SECONDS,
                () -> stage.getScene().lookup("#signin-password") != null);
        WaitForAsyncUtils.asyncFx(() -> {
            ((PasswordField) stage.getScene().lookup("#signin-password")).setText(password);
            ((Button) stage.getScene().lookup("#signin-button")).fire();
        }).get();
    }

    /** The console's composition root (e.g. what its map shows). */
    ConsoleStartup startup() {
        return startup;
    }

    ConsoleWindow window() {
        return (ConsoleWindow) stage.getScene().getRoot();
    }

    TableView<?> queue() {
        return (TableView<?>) stage.getScene().lookup("#event-queue");
    }

    /** Lays the console out in a window of {@code width} × {@code height}. */
    void resize(double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().getWidth() == width
                && stage.getScene().getHeight() == height);
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    /** Closes the window as the officer would; the console releases everything and closes its database. */
    @Override
    public void close() throws Exception {
        try {
            WaitForAsyncUtils.asyncFx(stage::close).get();
            exited.await(60, TimeUnit.SECONDS);
        } finally {
            Locale.setDefault(localeBefore);
        }
    }
}

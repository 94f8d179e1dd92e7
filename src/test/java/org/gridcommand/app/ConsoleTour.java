package org.gridcommand.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gridcommand.service.account.ConsoleWatch;
import org.gridcommand.service.map.MapPoints.EventPin;
import org.gridcommand.ui.imports.ImportDialog;
import org.gridcommand.ui.mapwall.layers.PointLayersModel;
import org.gridcommand.ui.shell.ConsoleWindow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A walk through the console's main screens as an officer would take it, in one language, in a console opened at
 * 1920×1080 and in one opened at 1366×768: the console as it opens, an event's detail, every tab of the side panel,
 * the warehouse keeper's stock book, an area's details, the lock screen (handing over to the commander), the board
 * after F9, committed and stood down (confirmed on
 * the board), wall mode (F11) and the import window. It records every text each screen shows (at the first size) and
 * every text or button that does not show whole (at both). One walk per language per test run, shared by the tests.
 */
final class ConsoleTour {
    static final List<double[]> SIZES = List.of(new double[] {1920, 1080}, new double[] {1366, 768});
    private static final Map<String, ConsoleTour> WALKED = new HashMap<>();

    final String lang;
    final List<ScreenText.Shown> texts = new ArrayList<>();
    final List<ClippedText.Clipped> clips = new ArrayList<>();
    private DemoConsole console;
    private boolean firstSize;

    private ConsoleTour(String lang) {
        this.lang = lang;
    }

    /** The walk in {@code lang}, taken on first use. */
    static synchronized ConsoleTour in(String lang) throws Exception {
        ConsoleTour tour = WALKED.get(lang);
        if (tour == null) {
            tour = new ConsoleTour(lang);
            tour.walk();
            WALKED.put(lang, tour);
        }
        return tour;
    }

    private void walk() throws Exception {
        for (double[] size : SIZES) {
            firstSize = size == SIZES.get(0);
            try (DemoConsole opened = DemoConsole.open(lang, size[0], size[1])) {
                console = opened;
                visitScreens();
            }
        }
    }

    private void visitScreens() throws Exception {
        Stage stage = console.stage();
        List<Tab> tabs = fx(() -> List.copyOf(console.window().featurePanels().getTabs()));
        fx(() -> {
            console.window().featurePanels().getSelectionModel().select(0);
            console.queue().getSelectionModel().clearSelection();
            return null;
        });
        record("console", stage);

        fx(() -> {
            console.queue().getSelectionModel().select(0);
            return null;
        });
        // looked up on the FX thread: the scene graph changes while the detail is built
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> {
            Node number = stage.getScene().lookup("#detail-number");
            return number != null && number.isVisible();
        }));
        record("event detail", stage);

        for (int i = 1; i < tabs.size(); i++) {
            Tab tab = tabs.get(i);
            fx(() -> {
                tab.getTabPane().getSelectionModel().select(tab);
                return null;
            });
            record("tab " + (tab.getId() != null ? tab.getId() : "#" + i), stage);
        }

        stockBook(stage);
        record("stock book", stage);

        chooseAStreet(stage);
        fx(() -> {
            console.window().featurePanels().getSelectionModel().select(console.window().featurePanels().getTabs()
                    .stream().filter(t -> "details-tab".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        record("area details", stage);

        // F9 is the commander's (issue 12): the shift leader locks the console, the commander takes it over at the
        // lock screen, picks a plan in the library (the street chosen above is the area), then presses F9
        handOver(stage, "commander", "commander2026");
        fx(() -> {
            ((ListView<?>) stage.getScene().lookup("#plan-list")).getSelectionModel().select(0);
            return null;
        });
        press(stage.getScene(), KeyCode.F9);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            Node board = stage.getScene().lookup("#board-commit");
            return board != null && board.isVisible();
        });
        record("emergency board", stage);

        // commit (Enter on the board), then stand down
        fire(stage, "#board-commit");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> showing(stage, "#board-stand-down"));
        record("emergency board active", stage);
        if (firstSize) {
            taskEvent(stage);
        }
        Set<Window> beforeStandDown = fx(() -> Set.copyOf(Window.getWindows()));
        fire(stage, "#board-stand-down");
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing(stage, "#board-close")
                    || showing(stage, "#stand-down-confirm")
                    || fx(() -> Window.getWindows().stream().anyMatch(w -> !beforeStandDown.contains(w))));
        } catch (TimeoutException e) {
            System.out.println("The board showed no stand-down summary in 30 s");
        }
        for (Window w : fx(() -> List.copyOf(Window.getWindows()))) {
            if (!beforeStandDown.contains(w) && w instanceof Stage confirmation) {
                // a confirmation before the stand-down (asked by issue 10 for levels I and II)
                record("stand-down confirmation", confirmation);
            }
        }
        if (showing(stage, "#stand-down-confirm")) {
            // the board asks on the board itself: what goes back, what was used, which task events end
            record("stand-down confirmation", stage);
            fire(stage, "#stand-down-confirm");
            try {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing(stage, "#board-close"));
            } catch (TimeoutException e) {
                System.out.println("The board showed no stand-down summary in 30 s after the confirmation");
            }
        }
        if (showing(stage, "#board-close")) {
            record("emergency board stood down", stage);
        }

        if (firstSize) {
            Set<Window> before = fx(() -> Set.copyOf(Window.getWindows()));
            press(stage.getScene(), KeyCode.F11);
            Stage wall = newWindow(before, "wall");
            record("wall", wall);
            press(wall.getScene(), KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !wall.isShowing());
        }

        Set<Window> before = fx(() -> Set.copyOf(Window.getWindows()));
        fx(() -> {
            ((ButtonBase) stage.getScene().lookup("#open-import")).fire();
            return null;
        });
        Stage imports = newWindow(before, null);
        record("import", imports);
        fx(() -> {
            ((ButtonBase) imports.getScene().lookup("#import-close")).fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !imports.isShowing());
    }

    /**
     * A task event the committed plan raised, as the officer meets it: its pin's details on the map, and the search
     * box's hit for its number. Its title is the system's own words (a plan's task), which each console says in its
     * language (issue 10: the English console showed "【YA-FLOOD-01 IV级响应】…" there).
     */
    private void taskEvent(Stage stage) throws Exception {
        PointLayersModel points = console.startup().pointsOnMap();
        // the map reads its pins again every 30 s: the task events appear with the next reading
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> taskPin(points) != null));
        EventPin pin = fx(() -> taskPin(points));
        fx(() -> {
            points.selectedProperty().set(pin);
            Tab details = console.window().featurePanels().getTabs().stream()
                    .filter(t -> "point-details-tab".equals(t.getId())).findFirst().orElse(null);
            if (details != null) {
                details.getTabPane().getSelectionModel().select(details);
            }
            return null;
        });
        record("task event on the map", stage);

        Set<Window> before = fx(() -> Set.copyOf(Window.getWindows()));
        TextField search = fx(() -> (TextField) stage.getScene().lookup("#search-field"));
        fx(() -> {
            search.setText(pin.number());
            return null;
        });
        Window[] hits = new Window[1];
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> {
            for (Window w : Window.getWindows()) {
                if (!before.contains(w) && w.isShowing() && w.getScene() != null
                        && w.getScene().lookup("#search-hits") instanceof ListView<?> list
                        && !list.getItems().isEmpty()) {
                    hits[0] = w;
                    return true;
                }
            }
            return false;
        }));
        record("task event found", hits[0]);
        press(search, KeyCode.ESCAPE);
    }

    private static EventPin taskPin(PointLayersModel points) {
        return points.pointsProperty().get() == null ? null : points.pointsProperty().get().events().stream()
                .filter(e -> e.wording() != null).findFirst().orElse(null);
    }

    private static boolean showing(Stage stage, String id) throws Exception {
        return fx(() -> {
            Node node = stage.getScene().lookup(id);
            if (node == null) {
                return false;
            }
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Locks the console (as Ctrl+L does) and lets {@code login} take it over at the lock screen. */
    private void handOver(Stage stage, String login, String password) throws Exception {
        fx(() -> {
            console.startup().lock().lock(ConsoleWatch.LockReason.MANUAL);
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> fx(() -> stage.getScene().lookup("#handover-button") != null));
        record("lock screen", stage);
        fx(() -> {
            ((TextField) stage.getScene().lookup("#handover-name")).setText(login);
            ((TextField) stage.getScene().lookup("#handover-password")).setText(password);
            ((ButtonBase) stage.getScene().lookup("#handover-button")).fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> fx(() -> stage.getScene().getRoot() instanceof ConsoleWindow));
    }

    private static void fire(Stage stage, String id) throws Exception {
        fx(() -> {
            ((ButtonBase) stage.getScene().lookup(id)).fire();
            return null;
        });
    }

    /** The warehouse keeper's desk in the Resources tab, its first warehouse chosen and its first line picked. */
    @SuppressWarnings("unchecked")
    private static void stockBook(Stage stage) throws Exception {
        fx(() -> {
            Tab resources = ((ConsoleWindow) stage.getScene().getRoot()).featurePanels().getTabs().stream()
                    .filter(t -> "resources-tab".equals(t.getId())).findFirst().orElseThrow();
            resources.getTabPane().getSelectionModel().select(resources);
            return null;
        });
        fx(() -> {
            Tab book = stage.getScene().lookup("#resources-panel").lookupAll(".tab-pane").stream()
                    .flatMap(n -> ((TabPane) n).getTabs().stream()).filter(t -> "stock-book-tab".equals(t.getId()))
                    .findFirst().orElseThrow();
            book.getTabPane().getSelectionModel().select(book);
            return null;
        });
        ComboBox<Object> warehouses = fx(() -> (ComboBox<Object>) stage.getScene().lookup("#book-warehouse"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> !warehouses.getItems().isEmpty()));
        fx(() -> {
            warehouses.getSelectionModel().select(0);
            return null;
        });
        TableView<?> stock = fx(() -> (TableView<?>) stage.getScene().lookup("#book-stock"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> !stock.getItems().isEmpty()));
        fx(() -> {
            stock.getSelectionModel().select(0);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private void chooseAStreet(Stage stage) throws Exception {
        fx(() -> {
            TreeView<Object> tree = (TreeView<Object>) stage.getScene().lookup("#area-tree");
            TreeItem<Object> street = tree.getRoot().getChildren().get(0);
            tree.getSelectionModel().select(street);
            return null;
        });
    }

    private void record(String screen, Window window) throws Exception {
        settle();
        fx(() -> {
            if (firstSize) {
                texts.addAll(ScreenText.of(window, screen));
            }
            clips.addAll(ClippedText.of(window, screen));
            return null;
        });
    }

    /**
     * Waits until the console has nothing queued or running in the background and the FX thread has shown what came
     * back; twice, because a result shown may ask for more (a selected event's detail reads its history).
     */
    private void settle() throws Exception {
        for (int round = 0; round < 2; round++) {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> console.startup().backgroundIdle());
            WaitForAsyncUtils.waitForFxEvents(5);
        }
    }

    /** The window that opened since {@code before}: the wall (root id "wall") or the import window. */
    private static Stage newWindow(Set<Window> before, String rootId) throws Exception {
        Stage[] found = new Stage[1];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            for (Window w : Window.getWindows()) {
                if (!before.contains(w) && w instanceof Stage s && s.getScene() != null
                        && (rootId != null ? rootId.equals(s.getScene().getRoot().getId())
                        : s.getScene().getRoot() instanceof ImportDialog)) {
                    found[0] = s;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** A key pressed with the focus anywhere in {@code scene} (the console's keys are scene filters). */
    private static void press(Scene scene, KeyCode key) throws Exception {
        press(scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot(), key);
    }

    private static void press(Node target, KeyCode key) throws Exception {
        fx(() -> {
            target.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
            target.fireEvent(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", key, false, false, false, false));
            return null;
        });
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}

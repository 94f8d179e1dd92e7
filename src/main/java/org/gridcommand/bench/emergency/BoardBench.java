package org.gridcommand.bench.emergency;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.plan.EmergencyType;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.service.Backend;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.ConsoleFonts;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.emergency.ActivationBoardModel;
import org.gridcommand.ui.emergency.EmergencyFeature;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;

/**
 * The UI half of {@code gridcommand bench activation}: in a real window, presses F9 (one-key activation of the
 * level-I flood plan on a grid of the city) and measures from the key press to the activation board laid out in the
 * pulse that draws it. Started by the command line in a child JVM by class name (cli does not depend on ui); prints
 * {@code BOARD first_ms=… median_ms=… max_ms=… lines=…}.
 */
public final class BoardBench {
    private static final int PRESSES = 12;
    private static final long SETTLE_MS = 5_000;

    private BoardBench() {
    }

    public static void main(String[] args) throws Exception {
        String db = args[0];
        Backend backend = Backend.open(db, System.getenv("GRIDCOMMAND_DB_USER"),
                System.getenv("GRIDCOMMAND_DB_PASSWORD"),
                Clock.systemDefaultZone());
        // F9 is the commander's: sign in as the demo city's commander, with the password the bench hands over
        backend.session().signIn("commander", System.getenv().getOrDefault("GRIDCOMMAND_PASSWORD", "")
                .toCharArray());
        List<Area> areas = backend.city().areas();
        ExecutorService background = Executors.newFixedThreadPool(2);
        CompletableFuture<EmergencyFeature> started = new CompletableFuture<>();
        MapWallModel map = new MapWallModel();
        Platform.startup(() -> {
            ConsoleFonts.load();
            MapWallView mapView = new MapWallView(map);
            TabPane panels = new TabPane();
            panels.setPrefWidth(760);
            EmergencyFeature feature = new EmergencyFeature(backend,
                    BackgroundTasks.withFxThread(background), new Messages(Locale.SIMPLIFIED_CHINESE),
                    backend.clock(), "bench", map, mapView, panels);
            map.setAreas(areas);
            BorderPane root = new BorderPane(mapView);
            root.setRight(panels);
            Scene scene = new Scene(root, 1600, 900);
            scene.getStylesheets().add(MapWallView.class.getResource("/org/gridcommand/ui/console.css")
                    .toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            started.complete(feature);
        });
        EmergencyFeature feature = started.get(60, TimeUnit.SECONDS);
        Scene scene = onFx(() -> feature.board() == null ? null : sceneOf(feature)).get();
        @SuppressWarnings("unchecked")
        ListView<Plan> plans = (ListView<Plan>) scene.lookup("#plan-list");
        long until = System.currentTimeMillis() + 60_000;
        while (onFx(() -> plans.getItems().isEmpty()).get() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        Area grid = areas.stream().filter(a -> a.getLevel() == AreaLevel.GRID).skip(areas.size() / 20).findFirst()
                .orElseThrow(() -> new IllegalStateException("the database holds no grids"));
        onFx(() -> {
            Plan flood = plans.getItems().stream().filter(p -> p.getType() == EmergencyType.FLOOD).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the database holds no flood plan"));
            plans.getSelectionModel().select(flood);
            map.selectedAreaProperty().set(grid);
            ((ButtonBase) scene.lookup("#level-I")).fire();
            return null;
        }).get();
        // a commander presses F9 in a console that has been open a while: let its start-up work (reading plans and
        // resources, the background warm-up of the proposal) finish first, as it would have
        Thread.sleep(SETTLE_MS);
        ActivationBoardModel board = feature.board();
        List<Long> millis = new ArrayList<>();
        int lines = 0;
        for (int i = 0; i < PRESSES; i++) {
            onFx(() -> {
                board.boardMillisProperty().set(-1);
                Event.fireEvent(scene.getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F9, false, false,
                        false, false));
                return null;
            }).get();
            long deadline = System.currentTimeMillis() + 30_000;
            while (onFx(() -> board.boardMillisProperty().get()).get() < 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            millis.add(onFx(() -> board.boardMillisProperty().get()).get());
            lines = onFx(() -> board.lines().size()).get();
            onFx(() -> {
                board.clear();
                return null;
            }).get();
        }
        List<Long> warm = millis.subList(2, millis.size()).stream().sorted().toList();
        System.out.println("BOARD first_ms=" + millis.get(0) + " median_ms=" + warm.get(warm.size() / 2) + " max_ms="
                + warm.get(warm.size() - 1) + " lines=" + lines);
        System.out.flush();
        background.shutdownNow();
        backend.close();
        Platform.exit();
        System.exit(0);
    }

    private static Scene sceneOf(EmergencyFeature feature) {
        return feature.tab().getTabPane().getScene();
    }

    private static <T> CompletableFuture<T> onFx(Callable<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }
}

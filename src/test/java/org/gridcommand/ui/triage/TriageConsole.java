package org.gridcommand.ui.triage;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.triage.TriageTown;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.dispatch.DispatchFeature;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.shell.ConsoleModel;
import org.gridcommand.ui.shell.ConsoleWindow;

/**
 * The console frame as the application wires it (dispatch desk, then triage desk, the triage desk's alarm ending
 * the queue's), on a town's database, in a stage of the tests. The alarm sound is counted, not played. Build and
 * dispose on the FX thread.
 */
final class TriageConsole {
    static final String OFFICER = "值班员 张伟";

    final ConsoleWindow window;
    final DispatchFeature dispatch;
    final TriageFeature triage;
    final AtomicInteger beeps = new AtomicInteger();

    TriageConsole(Stage stage, TriageTown town, Executor background, Locale locale) {
        BackgroundTasks tasks = BackgroundTasks.withFxThread(background);
        Messages messages = new Messages(locale);
        ConsoleModel model = new ConsoleModel(new CityService(town.db, town.clock), town.clock, town.clock.getZone(),
                tasks, OFFICER, "test");
        MapWallModel map = new MapWallModel();
        MapWallView mapView = new MapWallView(map);
        window = new ConsoleWindow(model, map, mapView, messages, "示范区");
        window.showAreas(town.areas);
        dispatch = new DispatchFeature(window, map, mapView, town.events, town.eventDesk, town.clock, tasks, messages,
                OFFICER, null);
        triage = new TriageFeature(window, map, mapView, town.desk, town.clock, tasks, messages, OFFICER,
                Duration.millis(300), beeps::incrementAndGet);
        triage.onAlarmEnded(dispatch::acknowledgeAlarm);
        stage.setScene(new Scene(window, 1600, 1000));
        stage.getScene().getStylesheets().add(TriageConsole.class.getResource("/org/gridcommand/ui/console.css")
                .toExternalForm());
        stage.show();
        stage.toFront();
    }

    void dispose() {
        triage.dispose();
        dispatch.dispose();
        window.dispose();
    }
}

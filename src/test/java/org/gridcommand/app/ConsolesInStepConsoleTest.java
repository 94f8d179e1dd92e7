package org.gridcommand.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.demo.DemoScale;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.service.Backend;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two consoles on a shared PostgreSQL: the officer's console shows "实时同步" and stops polling; an event accepted
 * at the unit's console appears accepted in the officer's queue because the database told it. When the
 * console's listening connection is cut, its status bar says it polls, and the feed comes back by itself.
 */
class ConsolesInStepConsoleTest {
    @Test
    void an_acceptance_at_another_console_shows_in_the_queue_and_a_lost_feed_is_said_and_mended() throws Exception {
        assumeTrue(TestDatabases.postgresAvailable(), "needs the test PostgreSQL");
        DatabaseLocation location = TestDatabases.postgres();
        String url = location.jdbcUrl();
        try (Backend other = Backend.open(url, null, null, Clock.systemDefaultZone())) {
            DemoCityService.of(other).create(DemoCityService.DEFAULT_SEED, DemoScale.SMALL, (step, fraction) -> { });
        }
        try (DemoConsole console = DemoConsole.openOn(url, "zh", 1920, 1080);
             Backend other = Backend.open(url, null, null, Clock.systemDefaultZone())) {
            @SuppressWarnings("unchecked")
            TableView<EventQueueRow> queue = (TableView<EventQueueRow>) console.queue();
            waitUntil(() -> "实时同步".equals(syncShown(console)));

            List<EventState> shown = fx(() -> queue.getItems().stream().map(EventQueueRow::state).toList());
            EventQueueRow target = fx(() -> queue.getItems().stream()
                    .filter(r -> r.state() == EventState.DISPATCHED).findFirst())
                    .orElseThrow(() -> new AssertionError("no dispatched event in the queue: " + shown));
            // the shift leader accepts it on the unit's behalf at another console
            other.session().signIn(DemoConsole.LEADER_LOGIN, DemoConsole.LEADER_PASSWORD.toCharArray());
            other.events().accept(target.id(), target.version(), "值班长", null);
            waitUntil(() -> fx(() -> queue.getItems().stream()
                    .anyMatch(q -> q.id() == target.id() && q.state() == EventState.ACCEPTED)));

            // the server ends the console's listening session (a restart, a cut cable)
            try (Connection admin = DriverManager.getConnection(url);
                 PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM "
                         + "pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'")) {
                kill.execute();
            }
            waitUntil(() -> "实时同步中断，定时刷新".equals(syncShown(console)));
            waitUntil(() -> "实时同步".equals(syncShown(console)));
        }
    }

    private static String syncShown(DemoConsole console) throws Exception {
        return fx(() -> {
            Label l = (Label) console.stage().getScene().lookup("#status-sync");
            return l != null && l.isVisible() ? l.getText() : "";
        });
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

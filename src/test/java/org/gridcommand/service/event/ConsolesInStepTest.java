package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gridcommand.domain.event.Event;
import org.gridcommand.service.sync.SharedChanges.Mode;
import org.gridcommand.service.sync.SharedChanges.Topic;
import org.gridcommand.service.sync.SharedChanges;
import org.gridcommand.store.ChangeFeed;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two consoles on one shared PostgreSQL: what one commits is announced to the other through LISTEN/NOTIFY, so its
 * queue refreshes without polling. When the listening connection is cut, the other console is told to poll, and
 * the feed comes back by itself.
 */
class ConsolesInStepTest {
    @TempDir
    Path dir;

    @Test
    void a_report_and_a_dispatch_on_one_console_are_announced_to_the_other_and_the_feed_survives_a_cut()
            throws Exception {
        assumeTrue(TestDatabases.postgresAvailable(), "needs the test PostgreSQL");
        DatabaseLocation location = TestDatabases.postgres();
        try (EventStory console1 = EventStory.on(location);
             ChangeFeed feed = ChangeFeed.start(location, Duration.ofMillis(300));
             SharedChanges console2 = new SharedChanges(feed)) {
            BlockingQueue<Topic> announced = new LinkedBlockingQueue<>();
            BlockingQueue<Mode> modes = new LinkedBlockingQueue<>();
            console2.onChange(announced::add);
            console2.onMode(modes::add);
            assertThat(modes.poll(10, TimeUnit.SECONDS)).as("the feed goes live").isEqualTo(Mode.LIVE);
            announced.clear(); // the city built for the story before the feed listened

            Event reported = console1.report("010101", DemoDistrict.IN_M1, "占道经营").event();
            assertThat(announced.poll(10, TimeUnit.SECONDS)).as("the new report").isEqualTo(Topic.EVENTS);
            console1.events.dispatch(reported.getId(), reported.getVersion(), console1.city.chengguan,
                    List.of(), "李娜", null);
            assertThat(announced.poll(10, TimeUnit.SECONDS)).as("the dispatch").isEqualTo(Topic.EVENTS);

            // the listening session is ended on the server (a restart, a network cut)
            try (Connection admin = DriverManager.getConnection(location.jdbcUrl(), location.user(),
                    location.password());
                 PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                kill.setInt(1, feed.backendPid());
                kill.execute();
            }
            assertThat(modes.poll(10, TimeUnit.SECONDS)).as("told to poll").isEqualTo(Mode.POLLING);
            assertThat(modes.poll(10, TimeUnit.SECONDS)).as("and live again").isEqualTo(Mode.LIVE);
            announced.clear();
            console1.report("010101", DemoDistrict.IN_M1, "井盖缺失");
            assertThat(announced.poll(10, TimeUnit.SECONDS)).as("announced after the reconnect")
                    .isEqualTo(Topic.EVENTS);
        }
    }

    @Test
    void on_the_embedded_file_there_is_no_feed_and_the_console_polls() {
        try (SharedChanges changes = new SharedChanges(ChangeFeed.start(TestDatabases.h2(dir)))) {
            assertThat(changes.mode()).isEqualTo(Mode.LOCAL);
        }
    }
}

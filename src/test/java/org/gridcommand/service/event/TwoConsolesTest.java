package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two consoles (two Database instances, two pools) on one database, as in a district's command centers. */
class TwoConsolesTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void two_consoles_dispatching_the_same_event_at_the_same_moment_one_wins_the_other_is_told_who(
            DatabaseLocation.Vendor vendor) throws Exception {
        DatabaseLocation location = TestDatabases.fresh(vendor, dir);
        try (EventStory first = EventStory.on(location);
             Database secondDb = Database.open(location)) {
            EventService console1 = first.events;
            EventService console2 = new EventService(secondDb, first.clock, new SqlAreaLocator(secondDb),
                    WorkingCalendar.standard());
            for (int round = 0; round < 5; round++) {
                Event seen = first.report("010101", DemoDistrict.IN_M1, "占道经营 " + round).event();
                assertThat(seen.getMicroGridId()).as("located by the database's spatial query")
                        .isEqualTo(first.city.m1);
                // both officers look at the same version, then press "dispatch" at the same moment
                CountDownLatch go = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                List<Future<Event>> results = new ArrayList<>();
                results.add(pool.submit(press(go, () -> console1.dispatch(seen.getId(), seen.getVersion(),
                        first.city.chengguan, List.of(), "李娜", null))));
                results.add(pool.submit(press(go, () -> console2.dispatch(seen.getId(), seen.getVersion(),
                        first.city.xingfuCommittee, List.of(), "陈刚", null))));
                go.countDown();
                int won = 0;
                List<ConcurrentChangeException> lost = new ArrayList<>();
                for (Future<Event> f : results) {
                    try {
                        f.get(30, TimeUnit.SECONDS);
                        won++;
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(ConcurrentChangeException.class);
                        lost.add((ConcurrentChangeException) e.getCause());
                    }
                }
                pool.shutdown();

                assertThat(won).as("exactly one dispatch succeeds").isEqualTo(1);
                assertThat(lost).hasSize(1);
                Event now = console2.find(seen.getId());
                List<EventTransition> dispatches = console1.history(seen.getId()).stream()
                        .filter(t -> t.getStep() == EventStep.DISPATCH).toList();
                assertThat(dispatches).hasSize(1);
                EventTransition winner = dispatches.get(0);
                assertThat(now.getLeadUnitId()).isEqualTo(winner.getUnitId());
                String unitName = winner.getUnitId() == first.city.chengguan ? "城管局" : "幸福社区居委会";
                assertThat(lost.get(0).getMessage())
                        .contains("Already dispatched by " + winner.getActor() + " at 10:00 to " + unitName);
            }
        }
    }

    private static Callable<Event> press(CountDownLatch go, Callable<Event> dispatch) {
        return () -> {
            go.await();
            return dispatch.call();
        };
    }
}

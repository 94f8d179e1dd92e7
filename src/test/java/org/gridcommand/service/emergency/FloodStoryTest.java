package org.gridcommand.service.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.device.Sensor;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.ActivationStatus;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.LineStatus;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.domain.resource.StockItem;
import org.gridcommand.service.Backend;
import org.gridcommand.service.SignedIn;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flood story the demo tells, from rising gauges to stand-down, on a real H2 database. */
class FloodStoryTest {
    @TempDir
    Path dir;

    private Database db;
    private FloodScenario town;
    private FloodScenario.TestClock clock;
    private Backend backend;

    @BeforeEach
    void openTown() {
        db = Database.open(TestDatabases.h2(dir));
        town = FloodScenario.create(db);
        RiverGauges.add(db);
        clock = new FloodScenario.TestClock();
        backend = SignedIn.commander(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void calm_water_suggests_nothing() {
        backend.sensorFeed().record(RiverGauges.UPSTREAM, 3.1, clock.instant());

        assertThat(backend.triggerWatch().suggestions()).isEmpty();
    }

    @Test
    void rising_water_first_suggests_level_three_and_after_thirty_minutes_above_four_and_a_half_level_one() {
        List<ActivationSuggestion> seen = new ArrayList<>();
        for (int step = 0; step < FloodReplay.steps(); step++) {
            backend.floodReplay().rise(step, 2);
            backend.triggerWatch().suggestions().forEach(seen::add);
            clock.advance(FloodReplay.STEP);
        }

        // 4.2 m at the second reading is above level III's 3.8 m at once; level I waits for 30 minutes ≥ 4.5 m
        assertThat(seen).extracting(ActivationSuggestion::level).first().isEqualTo(ResponseLevel.III);
        assertThat(seen).extracting(ActivationSuggestion::level).last().isEqualTo(ResponseLevel.I);
        ActivationSuggestion last = seen.get(seen.size() - 1);
        assertThat(last.planCode()).isEqualTo("FLOOD-01");
        assertThat(last.evidence()).contains("WL-RIVER-0").contains("已持续");
        // an exercise: the suggestion says so, and no live gauge was touched
        assertThat(seen).allSatisfy(x -> assertThat(x.exercise()).isTrue());
        assertThat(sensor(RiverGauges.UPSTREAM).getLastValue()).isNull();
        assertThat(sensor(RiverGauges.UPSTREAM).getState()).isNotEqualTo(SensorState.ALARM);
        assertThat(sensor(RiverGauges.LAKE).getLastValue()).isNull();
    }

    @Test
    void replaying_the_recorded_rise_suggests_level_one_at_once_and_activates_nothing() {
        List<FloodReplay.Reading> readings = backend.floodReplay().replay(2, r -> { });

        assertThat(readings).hasSize(2 * FloodReplay.steps());
        assertThat(readings.get(readings.size() - 1).at()).isEqualTo(clock.instant());
        assertThat(backend.triggerWatch().suggestions()).singleElement().satisfies(s -> {
            assertThat(s.level()).isEqualTo(ResponseLevel.I);
            assertThat(s.condition()).contains("WATER_LEVEL");
        });
        long activations = db.transact(s -> s.createSelectionQuery("select count(*) from Activation", Long.class)
                .getSingleResult());
        assertThat(activations).isZero();
    }

    @Test
    void the_commander_activates_the_suggestion_tasks_become_dispatched_events_and_stand_down_gives_all_back() {
        backend.floodReplay().replay(1, r -> { });
        ActivationSuggestion s = backend.triggerWatch().suggestions().get(0);
        ActivationService activations = backend.activations();

        Proposal p = activations.propose(s.planId(), s.level(), new AffectedArea.Circle(s.lon(), s.lat(), 1500));
        long id = activations.commit(p, p.request(), Adjustments.none(), "指挥长王");
        List<Long> events = backend.activationTasks().raiseEvents(id, "指挥长王");

        List<ActivationLine> tasks = activations.lines(id).stream().filter(l -> l.getKind() == LineKind.TASK)
                .toList();
        assertThat(events).hasSize(tasks.size()).isNotEmpty();
        assertThat(tasks).allSatisfy(l -> assertThat(l.getEventId()).isNotNull());
        Event first = db.transact(x -> x.find(Event.class, tasks.get(0).getEventId()));
        assertThat(first.getChannel()).isEqualTo(Channel.DUTY_OFFICER);
        assertThat(first.getState()).isEqualTo(EventState.DISPATCHED);
        assertThat(first.getLeadUnitId()).isEqualTo(tasks.get(0).getResourceId());
        assertThat(first.getTitle()).contains("FLOOD-01");
        // raising again changes nothing
        assertThat(backend.activationTasks().raiseEvents(id, "指挥长王")).isEmpty();

        ActivationLine item = activations.lines(id).stream().filter(l -> l.getKind() == LineKind.ITEM)
                .findFirst().orElseThrow();
        clock.advance(Duration.ofMinutes(25));
        activations.updateLine(item.getId(), LineStatus.ON_SITE, "值班员");
        StandDownSummary summary = backend.standDown().standDown(id, StandDownOrder.releaseAll("响应终止"), "指挥长王");

        assertThat(activations.activation(id).getStatus()).isEqualTo(ActivationStatus.STOOD_DOWN);
        assertThat(summary.tasks()).isEqualTo(tasks.size());
        assertThat(summary.tasksEnded()).isEqualTo(tasks.size());
        List<StockItem> stock = db.transact(x -> x.createSelectionQuery("from StockItem", StockItem.class)
                .getResultList());
        assertThat(stock).allSatisfy(i -> assertThat(i.getReserved()).isZero());
    }

    @Test
    void a_later_reading_stored_by_another_channel_ends_the_run_above_the_line() {
        backend.floodReplay().replay(1, r -> { });
        db.transact(s -> {
            s.createSelectionQuery("from Sensor where code = :c", Sensor.class).setParameter("c", RiverGauges.UPSTREAM)
                    .getSingleResult().record(3.2, clock.instant().plusSeconds(60));
            return null;
        });
        clock.advance(Duration.ofMinutes(2));

        // the water fell back below every line: the level I suggestion is gone
        assertThat(backend.triggerWatch().suggestions()).isEmpty();
    }

    private Sensor sensor(String code) {
        return db.transact(s -> s.createSelectionQuery("from Sensor where code = :c", Sensor.class)
                .setParameter("c", code).getSingleResult());
    }
}

package org.gridcommand.service.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.Backend;
import org.gridcommand.service.SignedIn;
import org.gridcommand.service.event.EventService;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end of a response as the commander and the duty officer live it: tasks the units finished count as done,
 * the others end with the response or go on with their units, and nothing is left open in the queue by accident.
 */
class StandDownStoryTest {
    @TempDir
    Path dir;

    private Database db;
    private FloodScenario town;
    private FloodScenario.TestClock clock;
    private EventService events;
    private Backend backend;

    @BeforeEach
    void openTown() {
        db = Database.open(TestDatabases.h2(dir));
        town = FloodScenario.create(db);
        RiverGauges.add(db); // and the 突发事件 categories the tasks are filed under
        clock = new FloodScenario.TestClock();
        events = new EventService(db, clock);
        backend = SignedIn.commander(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_finished_task_counts_as_done_one_goes_on_with_its_unit_and_the_untouched_one_ends_with_the_response() {
        ActivationService activations = backend.activations();
        long id = Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.I,
                new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 1000)), Adjustments.none(), "指挥长王");
        backend.activationTasks().raiseEvents(id, "指挥长王");
        List<ActivationLine> tasks = activations.lines(id).stream().filter(l -> l.getKind() == LineKind.TASK)
                .toList();
        assertThat(tasks).hasSize(3);
        clock.advance(Duration.ofMinutes(30));
        Event finished = events.find(tasks.get(0).getEventId());
        finished = events.accept(finished.getId(), finished.getVersion(), "滨河社区", null);
        finished = events.start(finished.getId(), finished.getVersion(), "滨河社区", null);
        events.feedback(finished.getId(), finished.getVersion(), "滨河社区", "群众已全部转移");
        Event underway = events.find(tasks.get(1).getEventId());
        underway = events.accept(underway.getId(), underway.getVersion(), "水务局", null);
        events.start(underway.getId(), underway.getVersion(), "水务局", null);
        clock.advance(Duration.ofMinutes(95));

        StandDownReview review = backend.standDown().review(id);
        assertThat(review.openTasks()).hasSize(3);
        assertThat(review.openTasks()).filteredOn(t -> !StandDownReview.canEnd(t)).singleElement()
                .satisfies(t -> assertThat(t.event().state()).isEqualTo(EventState.HANDLED));
        assertThat(review.openTasks()).filteredOn(StandDownReview::suggestsHandOver).hasSize(2);

        StandDownSummary summary = backend.standDown().standDown(id, new StandDownOrder(Map.of(),
                Set.of(tasks.get(1).getId()), "预案响应终止，任务随之结束"), "指挥长王");

        assertThat(summary.activeFor()).isEqualTo(Duration.ofMinutes(125));
        assertThat(summary.tasks()).isEqualTo(3);
        assertThat(summary.tasksDone()).as("the unit reported it done").isEqualTo(1);
        assertThat(summary.tasksEnded()).isEqualTo(1);
        assertThat(summary.tasksHandedOver()).as("the one under way, and the one waiting for verification")
                .isEqualTo(2);
        assertThat(summary.eventsLeftOpen()).isEmpty();
        assertThat(events.find(tasks.get(0).getEventId()).getState()).isEqualTo(EventState.HANDLED);
        assertThat(events.find(tasks.get(1).getEventId()).getState()).isEqualTo(EventState.IN_PROGRESS);
        Event ended = events.find(tasks.get(2).getEventId());
        assertThat(ended.getState()).isEqualTo(EventState.CANCELLED);
        assertThat(events.history(ended.getId())).last().extracting(EventTransition::getNote)
                .isEqualTo("预案响应终止，任务随之结束");
        assertThat(activations.lines(id)).filteredOn(l -> l.getKind() == LineKind.TASK)
                .extracting(ActivationLine::isHandedOver).containsExactly(true, true, false);
    }

    @Test
    void an_event_the_duty_officer_already_cancelled_is_not_touched_again() {
        ActivationService activations = backend.activations();
        long id = Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.III,
                new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 1000)), Adjustments.none(), "指挥长王");
        List<Long> raised = backend.activationTasks().raiseEvents(id, "指挥长王");
        Event e = events.find(raised.get(0));
        events.cancel(e.getId(), e.getVersion(), "值班员", "重复任务");
        int historyBefore = events.history(e.getId()).size();

        StandDownSummary summary = backend.standDown().standDown(id, StandDownOrder.releaseAll("响应终止"), "指挥长王");

        assertThat(events.history(e.getId())).hasSize(historyBefore);
        assertThat(summary.eventsLeftOpen()).isEmpty();
        assertThat(raised.stream().map(events::find).map(Event::getState)).allMatch(s -> !s.isOpen());
    }
}

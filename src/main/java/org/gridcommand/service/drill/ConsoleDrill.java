package org.gridcommand.service.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.drill.ActionResult;
import org.gridcommand.domain.drill.DrillBoard;
import org.gridcommand.domain.drill.DrillBoard.ExpectedLine;
import org.gridcommand.domain.drill.DrillBoard.InjectLine;
import org.gridcommand.domain.drill.DrillBoard.PlayerStep;
import org.gridcommand.domain.drill.DrillBoard.Status;
import org.gridcommand.domain.drill.DrillClock;
import org.gridcommand.domain.drill.DrillOutcome;
import org.gridcommand.domain.drill.DrillSpeed;
import org.gridcommand.domain.drill.ExpectedAction;
import org.gridcommand.domain.drill.Inject;
import org.gridcommand.domain.drill.InjectLocation;
import org.gridcommand.domain.drill.InjectType;
import org.gridcommand.domain.drill.PlayerRole;
import org.gridcommand.domain.drill.Scenario;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.service.event.IntakeSteps;

/**
 * A drill run at the console by a trainer: the drill city (a copy of the live one) that the players' console works
 * on, its clock under the trainer's controls, and the MSEL played as the clock passes each moment. The controller
 * view calls {@link #advance()} every second (off the FX thread); every call is serialised here.
 */
public final class ConsoleDrill {
    /** Ad-hoc injects are numbered from here, apart from the MSEL's own numbers. */
    private static final int FIRST_AD_HOC = 901;

    private final DrillCity city;
    private final Scenario scenario;
    private final DrillClock clock;
    private final DrillPlay play;
    private final Instant ranAt = Instant.now();
    private final List<Inject> adHoc = new ArrayList<>();
    /** The copied history ends here: the players' steps are the rows after it. */
    private final long copiedUpTo;
    private boolean ended;

    private ConsoleDrill(DrillCity city, Scenario scenario, ConsoleClock drillClock) {
        this.city = city;
        this.scenario = scenario;
        this.clock = new DrillClock(drillClock, scenario.start().toInstant());
        this.play = new DrillPlay(city.services(), scenario);
        this.copiedUpTo = city.services().drillTrail().lastStepId();
    }

    /**
     * Copies the live city of {@code live} and opens the copy on {@code drillClock}, which stands at the scenario's
     * start until the trainer starts the clock. {@code scenario} must have been validated against the city.
     */
    public static ConsoleDrill start(Backend live, Scenario scenario, ConsoleClock drillClock) {
        drillClock.stopAt(scenario.start().toInstant());
        return new ConsoleDrill(live.drillCities().start(drillClock), scenario, drillClock);
    }

    /** The drill city's services: what the players' console works on. */
    public Backend services() {
        return city.services();
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Where the copy is (file or schema), for the trainer and the report. */
    public String copy() {
        return city.describe();
    }

    /** Plays every moment the clock has passed, scores what the players have done so far, and says where it is. */
    public synchronized DrillBoard advance() {
        if (!ended && clock.state() != DrillClock.State.READY) {
            play.handleUpTo(clock.elapsed());
            play.scoreDoneSoFar(clock.elapsed());
        }
        return board();
    }

    public synchronized DrillBoard startClock(DrillSpeed speed) {
        clock.start(speed);
        return advance();
    }

    public synchronized DrillBoard pause() {
        clock.pause();
        return advance();
    }

    public synchronized DrillBoard resume() {
        clock.resume();
        return advance();
    }

    public synchronized DrillBoard speed(DrillSpeed speed) {
        clock.setSpeed(speed);
        return advance();
    }

    /** Moves the clock to the next inject still to come and delivers it (running or paused, as it was). */
    public synchronized DrillBoard jumpToNextInject() {
        clock.jumpToNext(play.pendingDeliveries());
        return advance();
    }

    /** Whether {@code grid} is a grid (or any area) code of the drill city, for an ad-hoc inject's place. */
    public boolean knowsPlace(String grid) {
        return city.services().drillTrail().point(grid).isPresent();
    }

    /**
     * Delivers an event report the trainer makes up now (e.g. to test a reaction nobody scripted) at the grid
     * {@code grid}, from {@code originator}, to {@code role}. It is in the timeline and the report like any inject.
     */
    public synchronized DrillBoard adHocReport(PlayerRole role, String originator, String content, String grid) {
        Inject i = new Inject(FIRST_AD_HOC + adHoc.size(), clock.elapsed(), InjectType.EVENT_REPORT, originator,
                role, content, new InjectLocation(grid, null, null), null, null, List.of(), null, false, List.of());
        adHoc.add(i);
        play.schedule(i, clock.elapsed());
        return advance();
    }

    /**
     * Ends the drill: real time again, the copy closed (and removed unless {@code keepCopy}). The outcome holds what
     * was scored; expected actions whose deadline had not come are left out of it.
     */
    public synchronized DrillOutcome end(boolean keepCopy) {
        if (!ended) {
            ended = true;
            clock.end();
            if (keepCopy) {
                city.closeAndKeep();
            } else {
                city.close();
            }
        }
        return new DrillOutcome(scenario, ranAt, play.timeline(), play.results());
    }

    private DrillBoard board() {
        Map<Integer, Duration> delivered = play.deliveredAt();
        Map<Integer, Long> events = play.events();
        List<InjectLine> injects = new ArrayList<>();
        List<ExpectedLine> expected = new ArrayList<>();
        Map<String, ActionResult> results = new HashMap<>();
        play.results().forEach(r -> results.put(r.expected().id(), r));
        List<Inject> all = new ArrayList<>(scenario.injects());
        all.addAll(adHoc);
        for (Inject i : all) {
            Duration at = delivered.get(i.number());
            injects.add(new InjectLine(i, at, events.get(i.number())));
            if (at == null) {
                continue;
            }
            for (ExpectedAction a : i.expected()) {
                ActionResult r = results.get(a.id());
                Status s = r == null ? Status.PENDING : r.met() ? Status.MET : Status.MISSED;
                expected.add(new ExpectedLine(i.number(), a, s, r == null ? null : r.doneAt()));
            }
        }
        Instant start = scenario.start().toInstant();
        List<PlayerStep> steps = ended || clock.state() == DrillClock.State.READY ? List.of()
                : city.services().drillTrail().steps(copiedUpTo, start, clock.now(), IntakeSteps.SYSTEM).stream()
                .map(t -> new PlayerStep(Duration.between(start, t.at()), t.actor(), t.kind(), t.subject())).toList();
        return new DrillBoard(clock.elapsed(), clock.state(), clock.speed(), injects, expected, play.timeline(),
                steps);
    }
}

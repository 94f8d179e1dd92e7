package org.gridcommand.service.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.gridcommand.domain.drill.ActionResult;
import org.gridcommand.domain.drill.DrillOutcome;
import org.gridcommand.domain.drill.ExpectedAction;
import org.gridcommand.domain.drill.Inject;
import org.gridcommand.domain.drill.PlayerAction;
import org.gridcommand.domain.drill.Scenario;
import org.gridcommand.domain.drill.SensorPoint;
import org.gridcommand.domain.drill.TimelineEntry;
import org.gridcommand.domain.drill.TimelineEntry.What;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.store.drill.DrillTrail;

/**
 * Runs a scenario on a drill city without the console: delivers the injects at their scenario times, applies the
 * scripted player actions, checks each expected action at its deadline against the drill copy's audit trail and
 * fires the contingency inject of a miss. With {@code speed} 0 the clock jumps from moment to moment (and stands
 * still while each is handled, so the audit trail shows the exact scenario time); otherwise it runs that many
 * times faster than real time and the run waits for it.
 */
public final class HeadlessDrill {
    private enum Step { DELIVER, READING, ACT, DEADLINE }

    private record Moment(Duration at, Step step, Inject inject, SensorPoint reading, PlayerAction action,
                          ExpectedAction expected, long seq) {
    }

    private final Backend city;
    private final ConsoleClock clock;
    private final double speed;
    private final InjectDelivery delivery;
    private final PlayerMoves moves;
    private final DrillTrail trail;
    private final PriorityQueue<Moment> queue = new PriorityQueue<>(Comparator.comparing(Moment::at)
            .thenComparing(Moment::step).thenComparingLong(Moment::seq));
    private final Map<Integer, Long> eventOf = new HashMap<>();
    private final Map<Integer, Duration> deliveredAt = new HashMap<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<ActionResult> results = new ArrayList<>();
    private long seq;
    private Instant start;

    /** {@code clock} must be the clock {@code city} was opened with (a drill city's own). */
    public HeadlessDrill(DrillCity city, ConsoleClock clock, double speed) {
        this.city = city.services();
        this.clock = clock;
        this.speed = speed;
        this.delivery = new InjectDelivery(this.city);
        this.moves = new PlayerMoves(this.city);
        this.trail = this.city.drillTrail();
    }

    public DrillOutcome run(Scenario scenario, List<PlayerAction> actions) throws InterruptedException {
        Instant ranAt = Instant.now();
        start = scenario.start().toInstant();
        for (Inject i : scenario.scheduled()) {
            schedule(i, i.at());
        }
        for (PlayerAction a : actions) {
            queue.add(new Moment(a.at(), Step.ACT, scenario.inject(a.inject() == null ? -1 : a.inject()).orElse(null),
                    null, a, null, seq++));
        }
        if (speed > 0) {
            clock.runAt(start, speed);
        }
        while (!queue.isEmpty()) {
            Moment m = queue.poll();
            moveClockTo(m.at());
            switch (m.step()) {
                case DELIVER -> deliver(m.inject(), m.at());
                case READING -> reading(m.inject(), m.reading());
                case ACT -> act(m);
                case DEADLINE -> check(scenario, m);
                default -> throw new IllegalStateException();
            }
        }
        clock.reset();
        return new DrillOutcome(scenario, ranAt, timeline, results);
    }

    private void schedule(Inject i, Duration at) {
        queue.add(new Moment(at, Step.DELIVER, i, null, null, null, seq++));
        for (SensorPoint p : i.readings()) {
            // a contingency's series starts when it fires, keeping the spacing of its readings
            Duration when = i.contingency() ? at.plus(p.at().minus(i.readings().get(0).at())) : p.at();
            queue.add(new Moment(when, Step.READING, i, p, null, null, seq++));
        }
        for (ExpectedAction a : i.expected()) {
            Duration deadline = a.deadline().compareTo(at) > 0 ? a.deadline() : at;
            queue.add(new Moment(deadline, Step.DEADLINE, i, null, null, a, seq++));
        }
    }

    private void deliver(Inject i, Duration at) {
        deliveredAt.put(i.number(), at);
        Long event = delivery.deliver(i);
        if (event != null) {
            eventOf.put(i.number(), event);
        }
        timeline.add(new TimelineEntry(at, i.contingency() ? What.CONTINGENCY : What.INJECT, i.number(),
                i.content()));
    }

    private void reading(Inject i, SensorPoint p) {
        Long event = delivery.reading(i, p);
        if (event != null) {
            eventOf.putIfAbsent(i.number(), event);
        }
        timeline.add(new TimelineEntry(elapsed(), event != null ? What.ALARM : What.READING, i.number(),
                i.device() + " = " + p.value()));
    }

    private void act(Moment m) {
        PlayerAction a = m.action();
        int inject = a.inject() == null ? 0 : a.inject();
        try {
            String did = moves.apply(a, eventOf.get(inject), m.inject() == null ? null : m.inject().category());
            timeline.add(new TimelineEntry(m.at(), What.PLAYER_ACTION, inject, a.action(), a.actor() + ": " + did));
        } catch (RuntimeException e) {
            timeline.add(new TimelineEntry(m.at(), What.REFUSED, inject, a.action(), a.actor() + ": "
                    + e.getMessage()));
        }
    }

    private void check(Scenario scenario, Moment m) {
        Inject i = m.inject();
        ExpectedAction a = m.expected();
        Duration from = deliveredAt.get(i.number());
        Instant fromInstant = start.plus(from);
        Instant to = start.plus(m.at());
        Long event = eventOf.get(i.number());
        Optional<Instant> done = switch (a.kind()) {
            case REGISTER_EVENT -> event == null ? Optional.empty() : trail.registered(event, fromInstant, to);
            case DISPATCH_EVENT -> trail.dispatched(event, a.unit(), fromInstant, to);
            case ACTIVATE_PLAN -> trail.activated(a.plan(), levelsAtLeast(a.level()), fromInstant, to);
            case ISSUE_STOCK -> trail.drawn(a.item(), a.warehouse(), fromInstant, to);
        };
        if (done.isPresent()) {
            Duration doneAt = Duration.between(start, done.get());
            results.add(new ActionResult(i.number(), a, from, true, doneAt, doneAt.minus(from)));
            timeline.add(new TimelineEntry(m.at(), What.MET, i.number(), a.id()));
            return;
        }
        results.add(new ActionResult(i.number(), a, from, false, null, null));
        timeline.add(new TimelineEntry(m.at(), What.MISSED, i.number(), a.id()));
        if (a.onMiss() != null) {
            scenario.inject(a.onMiss()).ifPresent(c -> schedule(c, m.at()));
        }
    }

    /** The acceptable levels: the lowest named and every more severe one (I is the most severe). */
    private static List<String> levelsAtLeast(String level) {
        List<String> all = List.of("I", "II", "III", "IV");
        return level == null ? all : all.subList(0, all.indexOf(level) + 1);
    }

    private void moveClockTo(Duration at) throws InterruptedException {
        Instant target = start.plus(at);
        if (speed <= 0) {
            clock.stopAt(target);
            return;
        }
        Duration ahead = Duration.between(clock.instant(), target);
        if (!ahead.isNegative() && !ahead.isZero()) {
            Thread.sleep(Math.max(1, (long) (ahead.toMillis() / speed)));
        }
    }

    private Duration elapsed() {
        return Duration.between(start, clock.instant());
    }
}

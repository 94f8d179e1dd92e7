package org.gridcommand.service.drill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.gridcommand.domain.drill.ActionResult;
import org.gridcommand.domain.drill.ExpectedAction;
import org.gridcommand.domain.drill.Inject;
import org.gridcommand.domain.drill.PlayerAction;
import org.gridcommand.domain.drill.Scenario;
import org.gridcommand.domain.drill.SensorPoint;
import org.gridcommand.domain.drill.TimelineEntry;
import org.gridcommand.domain.drill.TimelineEntry.What;
import org.gridcommand.service.Backend;
import org.gridcommand.store.drill.DrillTrail;

/**
 * The moments of one drill in scenario-time order: deliveries, sensor readings, scripted player actions and the
 * deadlines of expected actions, each handled against the drill city when its turn comes. A missed action schedules
 * its contingency inject at its deadline. Whoever owns the clock (headless run, console) decides when the next
 * moment is due. Not thread-safe: its owner serialises the calls.
 */
final class DrillPlay {
    private enum Step { DELIVER, READING, ACT, DEADLINE }

    private record Moment(Duration at, Step step, Inject inject, SensorPoint reading, PlayerAction action,
                          ExpectedAction expected, long seq) {
    }

    private final Scenario scenario;
    private final Clock clock;
    private final InjectDelivery delivery;
    private final PlayerMoves moves;
    private final DrillTrail trail;
    private final Instant start;
    private final PriorityQueue<Moment> queue = new PriorityQueue<>(Comparator.comparing(Moment::at)
            .thenComparing(Moment::step).thenComparingLong(Moment::seq));
    private final Map<Integer, Long> eventOf = new HashMap<>();
    private final Map<Integer, Duration> deliveredAt = new HashMap<>();
    private final Map<Integer, Inject> delivered = new HashMap<>();
    private final Set<String> decided = new HashSet<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<ActionResult> results = new ArrayList<>();
    private long seq;

    DrillPlay(Backend city, Scenario scenario) {
        this.scenario = scenario;
        this.clock = city.clock();
        this.delivery = new InjectDelivery(city);
        this.moves = new PlayerMoves(city);
        this.trail = city.drillTrail();
        this.start = scenario.start().toInstant();
        for (Inject i : scenario.scheduled()) {
            schedule(i, i.at());
        }
    }

    void addActions(List<PlayerAction> actions) {
        for (PlayerAction a : actions) {
            queue.add(new Moment(a.at(), Step.ACT, scenario.inject(a.inject() == null ? -1 : a.inject()).orElse(null),
                    null, a, null, seq++));
        }
    }

    /** Delivers {@code i} (an ad-hoc inject, or one the trainer sends early) at {@code at}, with its follow-ups. */
    void schedule(Inject i, Duration at) {
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

    /** When the next moment is due (scenario time), or empty when none is left. */
    Optional<Duration> nextAt() {
        return queue.isEmpty() ? Optional.empty() : Optional.of(queue.peek().at());
    }

    /** The scenario times of the deliveries still ahead (what "jump to the next inject" may jump to). */
    List<Duration> pendingDeliveries() {
        return queue.stream().filter(m -> m.step() == Step.DELIVER).map(Moment::at).sorted().toList();
    }

    /** Handles the next moment. */
    void handleNext() {
        Moment m = queue.poll();
        switch (m.step()) {
            case DELIVER -> deliver(m.inject(), m.at());
            case READING -> reading(m.inject(), m.reading());
            case ACT -> act(m);
            case DEADLINE -> check(m);
            default -> throw new IllegalStateException();
        }
    }

    /** Handles every moment due at or before {@code now}. */
    void handleUpTo(Duration now) {
        while (!queue.isEmpty() && queue.peek().at().compareTo(now) <= 0) {
            handleNext();
        }
    }

    /**
     * Scores, before their deadlines, the expected actions of delivered injects that the players have done already
     * (the controller sees them turn met as they happen); the rest wait for their deadlines.
     */
    void scoreDoneSoFar(Duration now) {
        for (Inject i : delivered.values()) {
            for (ExpectedAction a : i.expected()) {
                if (!decided.contains(a.id())) {
                    done(i, a, start.plus(now)).ifPresent(at -> met(i, a, at, now));
                }
            }
        }
    }

    Map<Integer, Duration> deliveredAt() {
        return Map.copyOf(deliveredAt);
    }

    /** The events the delivered injects made in the drill city, by inject number. */
    Map<Integer, Long> events() {
        return Map.copyOf(eventOf);
    }

    List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    List<ActionResult> results() {
        return List.copyOf(results);
    }

    private void deliver(Inject i, Duration at) {
        deliveredAt.put(i.number(), at);
        delivered.put(i.number(), i);
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

    private void check(Moment m) {
        Inject i = m.inject();
        ExpectedAction a = m.expected();
        if (decided.contains(a.id())) {
            return;
        }
        Optional<Instant> done = done(i, a, start.plus(m.at()));
        if (done.isPresent()) {
            met(i, a, done.get(), m.at());
            return;
        }
        decided.add(a.id());
        results.add(new ActionResult(i.number(), a, deliveredAt.get(i.number()), false, null, null));
        timeline.add(new TimelineEntry(m.at(), What.MISSED, i.number(), a.id()));
        if (a.onMiss() != null) {
            scenario.inject(a.onMiss()).ifPresent(c -> schedule(c, m.at()));
        }
    }

    private Optional<Instant> done(Inject i, ExpectedAction a, Instant to) {
        Instant from = start.plus(deliveredAt.get(i.number()));
        Long event = eventOf.get(i.number());
        return switch (a.kind()) {
            case REGISTER_EVENT -> event == null ? Optional.empty() : trail.registered(event, from, to);
            case DISPATCH_EVENT -> trail.dispatched(event, a.unit(), from, to);
            case ACTIVATE_PLAN -> trail.activated(a.plan(), levelsAtLeast(a.level()), from, to);
            case ISSUE_STOCK -> trail.drawn(a.item(), a.warehouse(), from, to);
        };
    }

    private void met(Inject i, ExpectedAction a, Instant doneInstant, Duration scoredAt) {
        decided.add(a.id());
        Duration from = deliveredAt.get(i.number());
        Duration doneAt = Duration.between(start, doneInstant);
        results.add(new ActionResult(i.number(), a, from, true, doneAt, doneAt.minus(from)));
        timeline.add(new TimelineEntry(scoredAt, What.MET, i.number(), a.id()));
    }

    /** The acceptable levels: the lowest named and every more severe one (I is the most severe). */
    private static List<String> levelsAtLeast(String level) {
        List<String> all = List.of("I", "II", "III", "IV");
        return level == null ? all : all.subList(0, all.indexOf(level) + 1);
    }

    private Duration elapsed() {
        return Duration.between(start, clock.instant());
    }
}

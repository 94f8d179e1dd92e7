package org.gridcommand.bench.map;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.service.map.MapPoints.EventPin;

/**
 * Tops the open events up to the bench's count with made-up pins near real ones (or near cameras when the city has
 * no open events), with a spread of states, urgencies and deadlines around now. Deterministic for a seed.
 */
final class SyntheticPins {
    private static final EventState[] STATES = {EventState.REPORTED, EventState.REGISTERED, EventState.DISPATCHED,
        EventState.ACCEPTED, EventState.IN_PROGRESS, EventState.HANDLED, EventState.RETURNED};

    private SyntheticPins() {
    }

    static MapPoints topUp(MapPoints p, int wanted, Instant now, long seed) {
        if (p.events().size() >= wanted) {
            return p;
        }
        List<double[]> anchors = new ArrayList<>();
        p.events().forEach(e -> anchors.add(new double[] {e.lon(), e.lat()}));
        if (anchors.isEmpty()) {
            p.cameras().forEach(c -> anchors.add(new double[] {c.lon(), c.lat()}));
        }
        if (anchors.isEmpty()) {
            throw new IllegalStateException("the city has neither events nor cameras to place pins near");
        }
        Random r = new Random(seed);
        List<EventPin> events = new ArrayList<>(p.events());
        for (int i = events.size(); i < wanted; i++) {
            double[] a = anchors.get(r.nextInt(anchors.size()));
            double lon = a[0] + (r.nextDouble() - 0.5) * 0.006;
            double lat = a[1] + (r.nextDouble() - 0.5) * 0.005;
            EventState state = STATES[r.nextInt(STATES.length)];
            Urgency urgency = r.nextInt(10) == 0 ? Urgency.CRITICAL : r.nextInt(5) == 0 ? Urgency.URGENT
                    : Urgency.NORMAL;
            Instant reported = now.minus(Duration.ofMinutes(r.nextInt(60 * 24 * 5)));
            Instant due = reported.plus(Duration.ofHours(4 + r.nextInt(72)));
            events.add(new EventPin(-1L - i, "BENCH-" + i, "合成案件 " + i, state, urgency, lon, lat, null,
                    reported, reported, due, null, null, null, null));
        }
        return new MapPoints(p.cameras(), p.sensors(), events, p.warehouses(), p.teams(), p.experts(), p.stations(),
                p.history());
    }
}

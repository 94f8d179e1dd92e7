package org.gridcommand.service.emergency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.gridcommand.store.Database;

/**
 * Asks the {@link TriggerEvaluator} which plans should be suggested now, over the sensor feed and the events
 * reported recently. Suggests only; activating stays the commander's decision.
 */
public final class TriggerWatch {
    /** Events older than this cannot satisfy any plan's WITHIN window. */
    static final Duration EVENT_WINDOW = Duration.ofHours(24);

    private final ActivationService activations;
    private final SensorFeed feed;
    private final TriggerEvaluator evaluator;
    private final Database database;
    private final Clock clock;

    public TriggerWatch(ActivationService activations, SensorFeed feed, TriggerEvaluator evaluator, Database database,
                        Clock clock) {
        this.activations = activations;
        this.feed = feed;
        this.evaluator = evaluator;
        this.database = database;
        this.clock = clock;
    }

    /** The suggestions that hold now, most severe level first, each with its evidence. */
    public List<ActivationSuggestion> suggestions() {
        Instant now = clock.instant();
        return evaluator.evaluate(activations.planTriggers(), feed.readings(), recentEvents(now), now);
    }

    private List<EventReport> recentEvents(Instant now) {
        List<Object[]> rows = database.transact(s -> s.createSelectionQuery("select e.id, c.code, e.location, "
                + "e.reportedAt from Event e, Category c where c.id = e.categoryId and e.location is not null "
                + "and e.reportedAt > :from and e.reportedAt <= :now", Object[].class)
                .setParameter("from", now.minus(EVENT_WINDOW)).setParameter("now", now).getResultList());
        return rows.stream().map(r -> {
            Point p = (Point) r[2];
            return new EventReport((Long) r[0], (String) r[1], p.getX(), p.getY(), (Instant) r[3]);
        }).toList();
    }
}

package org.gridcommand.service.wall;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.city.EventCounts;
import org.gridcommand.store.Database;

/** Reads the wall's KPI figures: the status bar's two counts plus today's flow and the sensors in alarm. */
public final class WallFiguresService {
    private final Database db;
    private final Clock clock;
    private final CityService city;

    public WallFiguresService(Database db, Clock clock, CityService city) {
        this.db = db;
        this.clock = clock;
        this.city = city;
    }

    /** The figures now, "today" being since midnight in the clock's zone. */
    public WallFigures figures() {
        EventCounts counts = city.eventCounts();
        Instant midnight = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        return db.transactStateless(s -> {
            long reported = s.createSelectionQuery(
                    "select count(e) from Event e where e.reportedAt >= :since", Long.class)
                    .setParameter("since", midnight).getSingleResult();
            long closed = s.createSelectionQuery(
                    "select count(e) from Event e where e.state = :closed and e.closedAt >= :since", Long.class)
                    .setParameter("closed", EventState.CLOSED).setParameter("since", midnight).getSingleResult();
            long alarms = s.createSelectionQuery(
                    "select count(x) from Sensor x where x.state = :alarm", Long.class)
                    .setParameter("alarm", SensorState.ALARM).getSingleResult();
            return new WallFigures(counts.open(), counts.overdue(), reported, closed, alarms);
        });
    }
}

package org.gridcommand.service.intake;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventStateMachine;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Placement;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.service.event.IntakeSteps;
import org.gridcommand.service.event.Location;
import org.gridcommand.store.Database;
import org.gridcommand.store.event.HistoryLine;

/**
 * The batch form of {@link org.gridcommand.service.event.EventService#intake}: the same {@link IntakeSteps}
 * (check, locate, record, register on arrival with time limits, and optionally the dispatch the rules propose),
 * looked up in a {@link CitySnapshot} read once instead of query by query, and written with JDBC batches on one
 * connection — one transaction for the whole batch. The caller has already ruled out duplicates.
 */
final class BulkIntake {
    /** What became of one report. */
    enum Outcome { TRIAGE, REGISTERED, DISPATCHED }

    private final Database db;
    private final Clock clock;
    private final CitySnapshot city;
    private final WorkingCalendar calendar;
    private final boolean dispatch;
    private final IntakeSteps steps;
    private final EventRows rows;
    private Placement lastPlacement;

    /** @param dispatch also dispatch each registered event to the lead unit the rules propose (智能分拨) */
    BulkIntake(Database db, Connection c, Clock clock, CitySnapshot city, WorkingCalendar calendar, boolean dispatch) {
        this.db = db;
        this.clock = clock;
        this.city = city;
        this.calendar = calendar;
        this.dispatch = dispatch;
        this.steps = new IntakeSteps(clock, new EventStateMachine());
        this.rows = new EventRows(db, c);
    }

    /**
     * Records one report; {@code said} is added to its report line (e.g. why it has no usable position).
     *
     * @throws org.gridcommand.service.event.ActionRefusedException when the report cannot become an event
     *         (nothing of it was written)
     */
    Outcome add(IntakeReport report, Phrase said) {
        steps.check(report);
        Location where = steps.locate(city.locator, report);
        Category category = city.category(report.categoryCode());
        Instant now = clock.instant();
        IntakeSteps.Recorded recorded = steps.record(db.ids().next(), report, where, category, said, now);
        Event e = recorded.event();
        lastPlacement = e.getPlacement();
        if (category == null) {
            rows.event(e);
            rows.line(recorded.line());
            return Outcome.TRIAGE;
        }
        HistoryLine registered = steps.register(e, category, calendar, IntakeSteps.SYSTEM, null, true, now);
        IntakeSteps.Dispatched dispatched = dispatch ? steps.dispatchByRule(e, city.propose(category, where), now)
                : null;
        rows.event(e);
        rows.line(recorded.line());
        rows.line(registered);
        if (dispatched == null) {
            return Outcome.REGISTERED;
        }
        rows.line(dispatched.line());
        for (Unit co : dispatched.coHandlers()) {
            rows.coHandler(e.getId(), co.getId(), now);
        }
        return Outcome.DISPATCHED;
    }

    /** Where the last added report landed. */
    Placement lastPlacement() {
        return lastPlacement;
    }

    /** Writes what is still pending (the transaction is the caller's to commit). */
    void finish() {
        rows.finish();
    }
}

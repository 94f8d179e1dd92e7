package org.gridcommand.service.event;

import java.time.Instant;
import java.util.function.Supplier;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.time.WorkingCalendar;
import org.hibernate.Session;

/**
 * 信息收集 → 案卷建立 for one report: records it, locates it, and registers it when its category is known (time
 * limits start then). Nothing is ever dropped: an unknown category waits for triage, a point outside every grid is
 * flagged. The steps themselves are {@link IntakeSteps}, which the bulk import takes too; this class looks things
 * up in the database and writes through the report's Hibernate session.
 */
final class Intake {
    /** The actor of automatic steps (registration on arrival). */
    static final String SYSTEM = IntakeSteps.SYSTEM;

    private final EventChanges changes;
    private final AreaLocator locator;
    private final DispatchPlanner planner;
    private final Supplier<WorkingCalendar> calendar;
    private final IntakeSteps steps;

    Intake(EventChanges changes, AreaLocator locator, DispatchPlanner planner, Supplier<WorkingCalendar> calendar) {
        this.changes = changes;
        this.locator = locator;
        this.planner = planner;
        this.calendar = calendar;
        this.steps = new IntakeSteps(changes.clock(), changes.machine());
    }

    /**
     * Where the report's point lies, looked up before the report's transaction starts, so that a request never
     * holds one connection while it waits for another. Refuses a point that is not a finite WGS84 lon/lat.
     */
    Location locate(IntakeReport report) {
        return steps.locate(locator, report);
    }

    /** Runs inside the caller's transaction; {@code where} comes from {@link #locate}. */
    IntakeResult intake(Session s, IntakeReport report, Location where) {
        steps.check(report);
        if (report.externalId() != null && !report.externalId().isBlank()) {
            Event known = s.createSelectionQuery("from Event e where e.channel = :c and e.externalId = :x", Event.class)
                    .setParameter("c", report.channel()).setParameter("x", report.externalId())
                    .setMaxResults(1).getResultStream().findFirst().orElse(null);
            if (known != null) {
                return new IntakeResult(known, true, planner.propose(s, known));
            }
        }
        Instant now = changes.clock().instant();
        Category category = report.categoryCode() == null ? null : categoryByCode(s, report.categoryCode());
        IntakeSteps.Recorded recorded = steps.record(changes.newId(s), report, where, category, null, now);
        Event event = recorded.event();
        s.persist(event);
        changes.record(s, recorded.line());
        if (category == null) {
            return new IntakeResult(event, false, DispatchProposal.none(Phrase.of("basis.waitingForTriage")));
        }
        register(s, event, category, SYSTEM, null, true);
        return new IntakeResult(event, false, planner.propose(s, event));
    }

    /**
     * 立案: classifies the event, starts its time limits on the application clock. {@code onArrival}: the
     * category came with the report (automatic registration).
     */
    void register(Session s, Event event, Category category, String actor, String note, boolean onArrival) {
        changes.record(s, steps.register(event, category, calendar.get(), actor, note, onArrival,
                changes.clock().instant()));
    }

    static Category categoryByCode(Session s, String code) {
        return s.createSelectionQuery("from Category c where c.code = :c", Category.class)
                .setParameter("c", code.trim()).getResultStream().findFirst().orElse(null);
    }
}

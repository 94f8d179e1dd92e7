package org.gridcommand.service.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.gridcommand.domain.event.Deadlines;
import org.gridcommand.domain.event.DispatchPolicy;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStateMachine;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.Placement;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.service.event.Location;
import org.gridcommand.service.event.StepParams;
import org.gridcommand.store.Database;

/**
 * The batch form of {@link org.gridcommand.service.event.EventService#intake}: the same events and history
 * (report, registration on arrival with time limits, and optionally the dispatch the rules propose), decided in
 * memory from a {@link CitySnapshot} and written with JDBC batches on one connection — one transaction for the
 * whole batch. The caller has already ruled out duplicates.
 */
final class BulkIntake implements AutoCloseable {
    /** What became of one report. */
    enum Outcome { TRIAGE, REGISTERED, DISPATCHED }

    static final String SYSTEM = EventWords.SYSTEM_ACTOR;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Database db;
    private final Clock clock;
    private final CitySnapshot city;
    private final WorkingCalendar calendar;
    private final boolean dispatch;
    private final EventStateMachine machine = new EventStateMachine();
    private final EventRows rows;
    private Placement lastPlacement;

    /** @param dispatch also dispatch each registered event to the lead unit the rules propose (智能分拨) */
    BulkIntake(Database db, Connection c, Clock clock, CitySnapshot city, WorkingCalendar calendar, boolean dispatch)
            throws SQLException {
        this.db = db;
        this.clock = clock;
        this.city = city;
        this.calendar = calendar;
        this.dispatch = dispatch;
        this.rows = new EventRows(c);
    }

    /** Records one report; {@code flag} is added to the report line (e.g. why it has no position). */
    Outcome add(IntakeReport report, String flag) throws SQLException {
        Instant now = clock.instant();
        Instant reportedAt = report.reportedAt() == null ? now : report.reportedAt();
        boolean hasPoint = report.lon() != null && report.lat() != null;
        Location where = hasPoint ? city.locator.locate(report.lon(), report.lat()) : Location.OUTSIDE_EVERY_GRID;
        long id = db.ids().next();
        String title = clip(report.title() != null ? report.title() : report.description(), 200);
        Event e = new Event(id, "SJ" + DAY.format(LocalDate.ofInstant(reportedAt, clock.getZone())) + "-" + id,
                title, clip(report.description(), 4000), report.channel(), null,
                report.urgency() == null ? Urgency.NORMAL : report.urgency(),
                hasPoint ? Wgs84.point(report.lon(), report.lat()) : null, clip(report.address(), 300), reportedAt);
        e.locate(where.microGridId(), where.gridId(), where.communityId(), where.streetId());
        lastPlacement = !hasPoint ? Placement.NO_COORDINATES
                : where.isOutsideEveryGrid() ? Placement.OUTSIDE_GRIDS : Placement.IN_GRID;
        e.place(lastPlacement);
        e.setExternalId(clip(report.externalId(), 80));
        e.setReporter(clip(report.reporter(), 60));
        Category category = city.category(report.categoryCode());
        String reporter = report.reporter() == null || report.reporter().isBlank()
                ? report.channel().name() : clip(report.reporter(), 60);
        String reportNote = reportNote(report, e, category, flag);
        if (category == null) {
            rows.event(e);
            rows.transition(db.ids().next(), id, now, reporter, EventStep.REPORT, null, EventState.REPORTED,
                    reportNote, null, null);
            rows.flushIfFull();
            return Outcome.TRIAGE;
        }
        e.classify(category.getId());
        EventState fromReported = e.apply(machine, EventAction.REGISTER, null, now);
        Deadlines.of(category, now, calendar).applyTo(e);
        DispatchPolicy.Assignment proposal = dispatch ? city.propose(category, where) : null;
        EventState beforeDispatch = null;
        if (proposal != null && proposal.lead() != null) {
            beforeDispatch = e.apply(machine, EventAction.DISPATCH, null, now);
            e.assignLeadUnit(proposal.lead().getId());
        }
        rows.event(e);
        rows.transition(db.ids().next(), id, now, reporter, EventStep.REPORT, null, EventState.REPORTED, reportNote,
                null, null);
        rows.transition(db.ids().next(), id, now, SYSTEM, EventStep.REGISTER, fromReported, EventState.REGISTERED,
                null, null, StepParams.of("category", category.getCode() + " " + category.getName())
                        .with("auto", true).json());
        if (beforeDispatch != null) {
            Unit lead = proposal.lead();
            rows.transition(db.ids().next(), id, now, SYSTEM, EventStep.DISPATCH, beforeDispatch, e.getState(),
                    null, lead.getId(), StepParams.of("lead", lead.getName())
                            .with("co", proposal.coHandlers().stream().map(Unit::getName).toList())
                            .with("basis", proposal.basis()).json());
            for (Unit co : proposal.coHandlers()) {
                rows.coHandler(db.ids().next(), id, co.getId(), now);
            }
        }
        rows.flushIfFull();
        return beforeDispatch != null ? Outcome.DISPATCHED : Outcome.REGISTERED;
    }

    /** Where the last added report landed. */
    Placement lastPlacement() {
        return lastPlacement;
    }

    /** Writes what is still pending (the transaction is the caller's to commit). */
    void finish() throws SQLException {
        rows.flush();
    }

    private static String reportNote(IntakeReport report, Event event, Category category, String flag) {
        StringBuilder note = new StringBuilder();
        if (event.getPlacement() == Placement.OUTSIDE_GRIDS) {
            note.append("不在任何网格内，需人工定位 / outside every grid: place it by hand. ");
        } else if (event.getPlacement() == Placement.NO_COORDINATES) {
            note.append(flag == null ? "无坐标 / no coordinates. " : flag + ". ");
        }
        if (category == null) {
            note.append(report.categoryCode() == null ? "未分类，待分拣 / no category: waiting for triage."
                    : "未知事项 " + report.categoryCode() + "，待分拣 / unknown category: waiting for triage.");
        }
        return note.length() == 0 ? null : note.toString().trim();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void close() throws SQLException {
        rows.close();
    }
}

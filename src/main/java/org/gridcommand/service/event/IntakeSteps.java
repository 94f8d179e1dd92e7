package org.gridcommand.service.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.event.Deadlines;
import org.gridcommand.domain.event.DispatchPolicy;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStateMachine;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Placement;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.event.HistoryLine;

/**
 * The steps of intake (信息收集 → 案卷建立) as decisions on an event in memory: check the report, locate it, record
 * it, register it with its time limits, dispatch it by rule. The console's one report ({@link Intake}) and the
 * bulk import take the same steps; they differ only in where they look things up (the database, or a snapshot
 * read once) and how they write (one Hibernate session, or JDBC batches). Each step returns the history line it
 * adds; the caller appends it through the one history writer.
 */
public final class IntakeSteps {
    /** The actor of automatic steps (registration on arrival, dispatch by rule). */
    public static final String SYSTEM = EventWords.SYSTEM_ACTOR;
    /** The longest external id the event table keeps; a longer one is refused, never cut (cutting it would
     * make every re-send of the report look new). */
    public static final int EXTERNAL_ID_MAX = 80;
    /** Column widths of the event table: what the officer typed or the sender sent is kept whole or refused. */
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int ADDRESS_MAX = 300;
    static final int REPORTER_MAX = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Clock clock;
    private final EventStateMachine machine;

    public IntakeSteps(Clock clock, EventStateMachine machine) {
        this.clock = clock;
        this.machine = machine;
    }

    /** A new event and its first history line (REPORT). */
    public record Recorded(Event event, HistoryLine line) {
    }

    /** What a dispatch by rule adds: the DISPATCH line and the co-handlers (协办) to record. */
    public record Dispatched(HistoryLine line, List<Unit> coHandlers) {
    }

    /**
     * Checks the report before anything is looked up: a channel, an external id and texts that fit their columns
     * (refused whole, never cut).
     */
    public void check(IntakeReport report) {
        if (report.channel() == null) {
            throw new ActionRefusedException("refused.channelMissing");
        }
        if (report.externalId() != null && report.externalId().length() > EXTERNAL_ID_MAX) {
            throw new ActionRefusedException("refused.externalIdTooLong", String.valueOf(EXTERNAL_ID_MAX));
        }
        refuseLonger("title", report.title(), TITLE_MAX);
        refuseLonger("description", report.description(), DESCRIPTION_MAX);
        refuseLonger("address", report.address(), ADDRESS_MAX);
        refuseLonger("reporter", report.reporter(), REPORTER_MAX);
    }

    /** Where the report's point lies; refuses a point that is not a finite WGS84 lon/lat. */
    public Location locate(AreaLocator locator, IntakeReport report) {
        if (report.lon() == null || report.lat() == null) {
            return Location.OUTSIDE_EVERY_GRID;
        }
        double lon = report.lon();
        double lat = report.lat();
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new ActionRefusedException("refused.positionInvalid", String.valueOf(lon), String.valueOf(lat));
        }
        return locator.locate(lon, lat);
    }

    /**
     * The new event {@code id} for a checked report at {@code where}, and its REPORT line. {@code category} is the
     * report's category if known (null: it waits for triage, which the line says); {@code said} is added to the
     * line as a phrase each reader words (e.g. why a ticket has no usable position), or null.
     */
    public Recorded record(long id, IntakeReport report, Location where, Category category, Phrase said,
                           Instant now) {
        Instant reportedAt = report.reportedAt() == null ? now : report.reportedAt();
        boolean hasPoint = report.lon() != null && report.lat() != null;
        Event event = new Event(id, number(id, reportedAt), title(report), report.description(),
                report.channel(), null, report.urgency() == null ? Urgency.NORMAL : report.urgency(),
                hasPoint ? Wgs84.point(report.lon(), report.lat()) : null, report.address(), reportedAt);
        event.locate(where.microGridId(), where.gridId(), where.communityId(), where.streetId());
        event.place(!hasPoint ? Placement.NO_COORDINATES
                : where.isOutsideEveryGrid() ? Placement.OUTSIDE_GRIDS : Placement.IN_GRID);
        event.setExternalId(report.externalId() == null || report.externalId().isBlank() ? null
                : report.externalId());
        event.setReporter(report.reporter());
        event.setWording(StepParams.phraseJson(report.wording()));
        String reporter = report.sender() != null ? report.sender()
                : report.reporter() == null || report.reporter().isBlank() ? report.channel().name()
                : report.reporter();
        return new Recorded(event, new HistoryLine(id, now, reporter, EventStep.REPORT, null, event.getState(),
                null, null, reportParams(report, event, category).with("said", said).json()));
    }

    /**
     * 立案: classifies the event, starts its time limits at {@code now}. {@code onArrival}: the category came with
     * the report (automatic registration).
     */
    public HistoryLine register(Event event, Category category, WorkingCalendar calendar, String actor, String note,
                                boolean onArrival, Instant now) {
        event.classify(category.getId());
        EventState from = event.apply(machine, EventAction.REGISTER, note, now);
        Deadlines.of(category, now, calendar).applyTo(event);
        return new HistoryLine(event.getId(), now, actor, EventStep.REGISTER, from, event.getState(),
                blankToNull(note), null, StepParams.of("category", category.getCode() + " " + category.getName())
                .with("auto", onArrival).json());
    }

    /** 智能分拨: dispatches a registered event to the lead unit the rules proposed; null when they proposed none. */
    public Dispatched dispatchByRule(Event event, DispatchPolicy.Assignment proposal, Instant now) {
        if (proposal == null || proposal.lead() == null) {
            return null;
        }
        Unit lead = proposal.lead();
        EventState from = event.apply(machine, EventAction.DISPATCH, null, now);
        event.assignLeadUnit(lead.getId());
        List<Unit> co = new ArrayList<>(proposal.coHandlers());
        co.removeIf(u -> u.getId().equals(lead.getId()));
        return new Dispatched(new HistoryLine(event.getId(), now, SYSTEM, EventStep.DISPATCH, from, event.getState(),
                null, lead.getId(), StepParams.of("lead", lead.getName())
                .with("co", co.stream().map(Unit::getName).toList()).with("basis", proposal.basis()).json()), co);
    }

    /** Where the report landed and why it waits for triage, if it does. */
    private static StepParams reportParams(IntakeReport report, Event event, Category category) {
        StepParams params = new StepParams();
        if (event.getPlacement() != Placement.IN_GRID) {
            params.with("placement", event.getPlacement());
        }
        if (category == null) {
            params.with(report.categoryCode() == null ? "noCategory" : "unknownCategory",
                    report.categoryCode() == null ? Boolean.TRUE : report.categoryCode());
        }
        return params;
    }

    /** e.g. SJ20261124-1001: the day it was reported and the event's id, so it is unique across consoles. */
    private String number(long id, Instant reportedAt) {
        return "SJ" + DAY.format(LocalDate.ofInstant(reportedAt, clock.getZone())) + "-" + id;
    }

    private static String title(IntakeReport r) {
        String t = r.title() != null && !r.title().isBlank() ? r.title()
                : r.description() != null && !r.description().isBlank() ? r.description() : null;
        if (t == null) {
            throw new ActionRefusedException("refused.titleMissing");
        }
        // a title given is kept whole (refused above when too long); one taken from the description is its
        // first words, the description itself is kept whole beside it
        return t.strip().length() <= TITLE_MAX ? t.strip() : t.strip().substring(0, TITLE_MAX - 1) + "…";
    }

    /** A field longer than its column is refused with its name, its length and the limit: nothing is cut. */
    private static void refuseLonger(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ActionRefusedException("refused.tooLong." + field, String.valueOf(value.length()),
                    String.valueOf(max));
        }
    }

    static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}

package org.gridcommand.service.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.gridcommand.domain.event.Deadlines;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Placement;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.geo.Wgs84;
import org.hibernate.Session;

/**
 * 信息收集 → 案卷建立: records a report from any channel, locates it, and registers it when its category is known
 * (time limits start then). Nothing is ever dropped: an unknown category waits for triage, a point outside every
 * grid is flagged.
 */
final class Intake {
    /** The actor of automatic steps (registration on arrival). */
    static final String SYSTEM = EventWords.SYSTEM_ACTOR;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final EventChanges changes;
    private final AreaLocator locator;
    private final DispatchPlanner planner;
    private final Supplier<WorkingCalendar> calendar;

    Intake(EventChanges changes, AreaLocator locator, DispatchPlanner planner, Supplier<WorkingCalendar> calendar) {
        this.changes = changes;
        this.locator = locator;
        this.planner = planner;
        this.calendar = calendar;
    }

    /** The longest external id the event table keeps; a longer one is refused, never cut (cutting it would
     * make every re-send of the report look new). */
    static final int EXTERNAL_ID_MAX = 80;
    /** Column widths of the event table: what the officer typed or the sender sent is kept whole or refused. */
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int ADDRESS_MAX = 300;
    static final int REPORTER_MAX = 60;

    /**
     * Where the report's point lies, looked up before the report's transaction starts, so that a request never
     * holds one connection while it waits for another. Refuses a point that is not a finite WGS84 lon/lat.
     */
    Location locate(IntakeReport report) {
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

    /** Runs inside the caller's transaction; {@code where} comes from {@link #locate}. */
    IntakeResult intake(Session s, IntakeReport report, Location where) {
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
        if (report.externalId() != null && !report.externalId().isBlank()) {
            Event known = s.createSelectionQuery("from Event e where e.channel = :c and e.externalId = :x", Event.class)
                    .setParameter("c", report.channel()).setParameter("x", report.externalId())
                    .setMaxResults(1).getResultStream().findFirst().orElse(null);
            if (known != null) {
                return new IntakeResult(known, true, planner.propose(s, known));
            }
        }
        Instant now = changes.clock().instant();
        Instant reportedAt = report.reportedAt() == null ? now : report.reportedAt();
        boolean hasPoint = report.lon() != null && report.lat() != null;
        long id = changes.newId(s);
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
        s.persist(event);

        Category category = report.categoryCode() == null ? null : categoryByCode(s, report.categoryCode());
        String reporter = report.reporter() == null || report.reporter().isBlank()
                ? report.channel().name() : report.reporter();
        changes.record(s, event, EventStep.REPORT, null, reporter, null, null, reportParams(report, event, category),
                now);
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
        event.classify(category.getId());
        changes.apply(s, event, EventAction.REGISTER, actor, note, null,
                StepParams.of("category", category.getCode() + " " + category.getName()).with("auto", onArrival));
        Deadlines.of(category, changes.clock().instant(), calendar.get()).applyTo(event);
    }

    static Category categoryByCode(Session s, String code) {
        return s.createSelectionQuery("from Category c where c.code = :c", Category.class)
                .setParameter("c", code.trim()).getResultStream().findFirst().orElse(null);
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
        return "SJ" + DAY.format(LocalDate.ofInstant(reportedAt, changes.clock().getZone())) + "-" + id;
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
}

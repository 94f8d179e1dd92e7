package org.gridcommand.service.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.gridcommand.domain.event.Deadlines;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
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
    static final String SYSTEM = "系统";
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
            throw new ActionRefusedException("坐标无效（须为有限的经纬度）：" + lon + ", " + lat
                    + " / The position is not a WGS84 longitude/latitude: " + lon + ", " + lat);
        }
        return locator.locate(lon, lat);
    }

    /** Runs inside the caller's transaction; {@code where} comes from {@link #locate}. */
    IntakeResult intake(Session s, IntakeReport report, Location where) {
        if (report.channel() == null) {
            throw new ActionRefusedException("请注明来源渠道。 / Say which channel the report came from.");
        }
        if (report.externalId() != null && report.externalId().length() > EXTERNAL_ID_MAX) {
            throw new ActionRefusedException("来件编号超过 " + EXTERNAL_ID_MAX + " 字。 / The external id is longer than "
                    + EXTERNAL_ID_MAX + " characters.");
        }
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
        Event event = new Event(id, number(id, reportedAt), title(report), clip(report.description(), 4000),
                report.channel(), null, report.urgency() == null ? Urgency.NORMAL : report.urgency(),
                hasPoint ? Wgs84.point(report.lon(), report.lat()) : null, clip(report.address(), 300), reportedAt);
        event.locate(where.microGridId(), where.gridId(), where.communityId(), where.streetId());
        event.place(!hasPoint ? Placement.NO_COORDINATES
                : where.isOutsideEveryGrid() ? Placement.OUTSIDE_GRIDS : Placement.IN_GRID);
        event.setExternalId(report.externalId() == null || report.externalId().isBlank() ? null
                : report.externalId());
        event.setReporter(clip(report.reporter(), 60));
        s.persist(event);

        Category category = report.categoryCode() == null ? null : categoryByCode(s, report.categoryCode());
        String reporter = report.reporter() == null || report.reporter().isBlank()
                ? report.channel().name() : clip(report.reporter(), 60);
        changes.record(s, event, EventStep.REPORT, null, reporter, reportNote(report, event, category), null, now);
        if (category == null) {
            return new IntakeResult(event, false, DispatchProposal.none("待分类 / waiting for triage"));
        }
        register(s, event, category, SYSTEM, "来件自动立案 / registered on arrival");
        return new IntakeResult(event, false, planner.propose(s, event));
    }

    /** 立案: classifies the event, starts its time limits on the application clock. */
    void register(Session s, Event event, Category category, String actor, String note) {
        event.classify(category.getId());
        changes.apply(s, event, EventAction.REGISTER, actor,
                (note == null ? "" : note + "; ") + category.getCode() + " " + category.getName(), null);
        Deadlines.of(category, changes.clock().instant(), calendar.get()).applyTo(event);
    }

    static Category categoryByCode(Session s, String code) {
        return s.createSelectionQuery("from Category c where c.code = :c", Category.class)
                .setParameter("c", code.trim()).getResultStream().findFirst().orElse(null);
    }

    private static String reportNote(IntakeReport report, Event event, Category category) {
        StringBuilder note = new StringBuilder();
        if (event.getPlacement() == Placement.OUTSIDE_GRIDS) {
            note.append("不在任何网格内，需人工定位 / outside every grid: place it by hand. ");
        } else if (event.getPlacement() == Placement.NO_COORDINATES) {
            note.append("无坐标 / no coordinates. ");
        }
        if (category == null) {
            note.append(report.categoryCode() == null ? "未分类，待分拣 / no category: waiting for triage."
                    : "未知事项 " + report.categoryCode() + "，待分拣 / unknown category: waiting for triage.");
        }
        return note.length() == 0 ? null : note.toString().trim();
    }

    /** e.g. SJ20261124-1001: the day it was reported and the event's id, so it is unique across consoles. */
    private String number(long id, Instant reportedAt) {
        return "SJ" + DAY.format(LocalDate.ofInstant(reportedAt, changes.clock().getZone())) + "-" + id;
    }

    private static String title(IntakeReport r) {
        String t = r.title() != null && !r.title().isBlank() ? r.title()
                : r.description() != null && !r.description().isBlank() ? r.description() : null;
        if (t == null) {
            throw new ActionRefusedException("请填写标题或描述。 / Give the report a title or a description.");
        }
        return clip(t.strip(), 200);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

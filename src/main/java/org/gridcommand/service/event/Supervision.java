package org.gridcommand.service.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.event.CoHandler;
import org.gridcommand.domain.event.Escalation;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventNotice;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.TimeLimit;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.domain.unit.UnitKind;
import org.hibernate.Session;

/**
 * 一键督办: for an event near or past its handling limit, records the supervision, notifies the lead unit and
 * hands the lead one level up (community → street section → district department). The unit that led stays on as
 * a co-handler: it still knows the case best.
 */
final class Supervision {
    private final EventChanges changes;

    Supervision(EventChanges changes) {
        this.changes = changes;
    }

    SupervisionResult supervise(Session s, Event event, String actor, String note) {
        Instant now = changes.clock().instant();
        TimeLimit.Countdown countdown = TimeLimit.ofHandling(event, now);
        if (countdown == null || !countdown.nearDueOrOverdue()) {
            throw new ActionRefusedException("只能督办临期或超期的案件（案件 " + event.getNumber() + " "
                    + (countdown == null ? "没有处置时限" : "尚在时限内") + "）。 / Only events that are near due or "
                    + "overdue can be supervised; " + event.getNumber()
                    + (countdown == null ? " has no handling limit." : " is still within its limit."));
        }
        if (event.getLeadUnitId() == null) {
            throw new ActionRefusedException("案件尚未派遣，请先派遣。 / The event has no lead unit yet: dispatch it first.");
        }
        Unit lead = s.get(Unit.class, event.getLeadUnitId());
        Unit above = lead == null ? null : unitAbove(s, event, lead).orElse(null);
        List<UnitRef> notified = new ArrayList<>();
        String message = "督办 " + event.getNumber() + " " + event.getTitle() + (note == null ? "" : "：" + note);
        if (lead != null) {
            s.persist(new EventNotice(changes.newId(s), event.getId(), lead.getId(), now, "SUPERVISE", message));
            notified.add(UnitRef.of(lead));
        }
        if (above != null) {
            s.persist(new EventNotice(changes.newId(s), event.getId(), above.getId(), now, "ESCALATE",
                    message + "（由 " + lead.getName() + " 升级 / escalated from " + lead.getName() + "）"));
            notified.add(UnitRef.of(above));
            event.assignLeadUnit(above.getId());
            boolean alreadyCo = !s.createSelectionQuery("from CoHandler c where c.eventId = :e and c.unitId = :u",
                    CoHandler.class).setParameter("e", event.getId()).setParameter("u", lead.getId())
                    .getResultList().isEmpty();
            if (!alreadyCo) {
                s.persist(new CoHandler(changes.newId(s), event.getId(), lead.getId(), now));
            }
        }
        event.markSupervised();
        String told = String.join("、", notified.stream().map(UnitRef::name).toList());
        String line = "第 " + event.getSupervisionCount() + " 次督办（" + countdown.status() + "）"
                + (above == null ? "，无上一级可升级 / no level above" : "，升级至 " + above.getName()
                + " / escalated to " + above.getName())
                + "；已通知 / notified: " + told + (note == null || note.isBlank() ? "" : "；" + note);
        changes.record(s, event, EventStep.SUPERVISE, event.getState(), actor, line,
                above == null ? null : above.getId(), now);
        return new SupervisionResult(event, above == null ? null : UnitRef.of(above), notified);
    }

    /** The unit one level above {@code lead} for this event, if there is one. */
    private static Optional<Unit> unitAbove(Session s, Event event, Unit lead) {
        Optional<UnitKind> kind = Escalation.above(lead.getKind());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (lead.getParentId() != null) {
            Unit parent = s.get(Unit.class, lead.getParentId());
            if (parent != null && parent.getKind() == kind.get()) {
                return Optional.of(parent);
            }
        }
        if (kind.get() == UnitKind.STREET_SECTION) {
            Long street = event.getStreetId();
            if (street == null && lead.getAreaId() != null) {
                Area community = s.get(Area.class, lead.getAreaId());
                street = community == null ? null : community.getParentId();
            }
            return Optional.ofNullable(DispatchPlanner.unitServing(s, UnitKind.STREET_SECTION, street));
        }
        // a street section hands over to the district department that owns the 事项
        Category category = event.getCategoryId() == null ? null : s.get(Category.class, event.getCategoryId());
        if (category != null && category.getDefaultUnitCode() != null) {
            Unit department = DispatchPlanner.unitByCode(s, category.getDefaultUnitCode());
            if (department != null && department.getKind() == UnitKind.DISTRICT_DEPARTMENT) {
                return Optional.of(department);
            }
        }
        return Optional.empty();
    }
}

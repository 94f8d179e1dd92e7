package org.gridcommand.service.emergency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.AreaKind;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.plan.EmergencyType;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.taxonomy.CategoryTier;
import org.gridcommand.service.event.ActionRefusedException;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.store.Database;

/**
 * Turns the tasks of an activation into events of the closed loop, so that time limits, supervision and closure
 * apply to them like to any other event: each task line becomes a duty-officer report in a 突发事件 category,
 * dispatched to the task's unit, and the line keeps the event's id.
 */
public final class ActivationTasks {
    /** The 大类 whose items emergency tasks are filed under (GB/T 30428 event class). */
    static final String EMERGENCY_CLASS = "突发事件";

    private final Database database;
    private final ActivationService activations;
    private final EventService events;

    public ActivationTasks(Database database, ActivationService activations, EventService events) {
        this.database = database;
        this.activations = activations;
        this.events = events;
    }

    /**
     * Raises an event for every open task line of the activation that has none yet and dispatches it to the
     * line's unit. Safe to call again (after a level change, or after a failure half way): a line with an event is
     * skipped, and a report already received is not recorded twice.
     *
     * @return the ids of the events raised, in line order
     */
    public List<Long> raiseEvents(long activationId, String systemActor) {
        String actor = activations.permissions().require(UseCase.EMERGENCY, systemActor);
        Activation a = activations.activation(activationId);
        String category = categoryFor(a.getEmergencyType());
        List<Long> raised = new ArrayList<>();
        for (ActivationLine line : activations.lines(activationId)) {
            if (line.getKind() != LineKind.TASK || line.getEventId() != null || !line.isOpen()) {
                continue;
            }
            Event event = events.intake(new IntakeReport(Channel.DUTY_OFFICER, "ACT-" + activationId + "-"
                    + line.getId(),
                    category, "【" + a.getPlanCode() + " " + a.getLevel() + "级响应】" + line.getLabel(),
                    "预案 " + a.getPlanName() + "（r" + a.getPlanRevision() + "）任务：" + line.getLabel() + "；范围："
                            + a.getAreaDescription(),
                    a.getCentre().getX(), a.getCentre().getY(), address(a), actor, null,
                    Urgency.CRITICAL).worded(taskWording(a, line))).event();
            if (event.getState() == EventState.REGISTERED) {
                try {
                    event = events.dispatch(event.getId(), event.getVersion(), line.getResourceId(), List.of(), actor,
                            null, Phrase.of("why.planTask", a.getPlanCode(), a.getLevel()));
                } catch (ActionRefusedException e) {
                    // the event stays in the center's queue, where the duty officer dispatches it by hand
                }
            }
            long eventId = event.getId();
            database.transact(s -> {
                s.find(ActivationLine.class, line.getId()).linkEvent(eventId);
                return null;
            });
            raised.add(eventId);
        }
        return raised;
    }

    /**
     * What the task event's title and description say, worded by each console in its language (the title above
     * keeps the Chinese rendering for exports and search).
     */
    private static Phrase taskWording(Activation a, ActivationLine line) {
        return Phrase.of("activationTask", a.getPlanCode(), a.getLevel(), line.getLabel(), a.getPlanName(),
                a.getPlanRevision(), area(a));
    }

    /**
     * The affected area as each console says it: whole areas by their names (the city's words), a circle or a
     * drawn shape in words and figures (its stored description is a Chinese sentence).
     */
    private static Object area(Activation a) {
        return switch (a.getAreaKind()) {
            case CIRCLE -> Phrase.of("area.circle", Math.round(a.getRadiusMeters() == null ? 0 : a.getRadiusMeters()),
                    centre(a));
            case POLYGON -> Phrase.of("area.polygon",
                    String.format(Locale.ROOT, "%.2f", AreaShapes.areaKm2(a.getAreaShape())));
            case BUFFER -> Phrase.of("area.buffer");
            case AREAS -> a.getAreaDescription();
        };
    }

    /** Where the task is, in no language: the areas' names, else the centre's coordinates. */
    private static String address(Activation a) {
        return a.getAreaKind() == AreaKind.AREAS ? a.getAreaDescription() : centre(a);
    }

    private static String centre(Activation a) {
        return String.format(Locale.ROOT, "%.5f, %.5f", a.getCentre().getY(), a.getCentre().getX());
    }

    /** The item under 突发事件 that fits the emergency best, or null (the events then wait for triage). */
    String categoryFor(EmergencyType type) {
        List<Category> all = database.transact(s -> s.createSelectionQuery("from Category", Category.class)
                .getResultList());
        Map<Long, Category> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.getId(), c));
        List<Category> items = all.stream().filter(c -> c.getTier() == CategoryTier.ITEM)
                .filter(c -> underEmergencyClass(c, byId)).toList();
        if (items.isEmpty()) {
            return null;
        }
        String hint = switch (type) {
            case FLOOD, TYPHOON -> "水位";
            case WATERLOGGING -> "内涝";
            case FIRE -> "火";
            case GAS_LEAK -> "燃气";
            case HAZARDOUS_CHEMICALS -> "危化";
            case BUILDING_COLLAPSE, GEOLOGICAL -> "塌";
            case MASS_GATHERING -> "聚集";
            case EPIDEMIC -> "卫生";
            case TRAFFIC_ACCIDENT -> "交通";
        };
        return items.stream().filter(c -> c.getName().contains(hint)).findFirst().orElse(items.get(0)).getCode();
    }

    private static boolean underEmergencyClass(Category c, Map<Long, Category> byId) {
        for (Category p = c; p != null; p = p.getParentId() == null ? null : byId.get(p.getParentId())) {
            if (p.getName().contains(EMERGENCY_CLASS)) {
                return true;
            }
        }
        return false;
    }
}

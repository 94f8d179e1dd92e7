package org.gridcommand.service.drill;

import java.util.List;
import org.gridcommand.domain.drill.PlayerAction;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.Backend;
import org.gridcommand.service.emergency.ActivationService;
import org.gridcommand.service.emergency.Adjustments;
import org.gridcommand.service.emergency.Proposal;
import org.gridcommand.service.event.EventService;

/** Applies a scripted player action to the drill city through the same services the console's screens use. */
final class PlayerMoves {
    private final Backend city;

    PlayerMoves(Backend city) {
        this.city = city;
    }

    /**
     * Does {@code a}; {@code eventId} is the event of the inject it names (null when that inject made none),
     * {@code injectCategory} that inject's category, used when the action names none.
     *
     * @throws IllegalStateException or IllegalArgumentException when the state refuses it (as the console would)
     */
    String apply(PlayerAction a, Long eventId, String injectCategory) {
        // a scripted player acts in the script's name, not as a signed-in account (accounts in drills: issue 14)
        EventService events = city.systemEvents();
        switch (a.action()) {
            case REGISTER_EVENT -> {
                long id = requireEvent(a, eventId);
                String category = a.category() != null ? a.category() : injectCategory;
                if (category == null) {
                    throw new IllegalArgumentException("registering needs a category (事项) code");
                }
                events.register(id, events.find(id).getVersion(), category, a.actor(), null);
                return events.find(id).getNumber() + " · " + category;
            }
            case DISPATCH_EVENT -> {
                long id = requireEvent(a, eventId);
                long unit = city.drillTrail().unitId(a.unit())
                        .orElseThrow(() -> new IllegalArgumentException("no unit " + a.unit()));
                events.dispatch(id, events.find(id).getVersion(), unit, List.of(), a.actor(), null);
                return events.find(id).getNumber() + " → " + a.unit();
            }
            case ACTIVATE_PLAN -> {
                ActivationService activations = city.systemActivations();
                Proposal p = activations.propose(a.plan(), ResponseLevel.valueOf(a.level()),
                        new AffectedArea.Areas(activations.areaIdsByCode(List.of(a.grid())))).asDrill();
                activations.commit(p, p.request(), Adjustments.none(), a.actor());
                return a.plan() + " " + a.level() + " · " + a.grid();
            }
            case ISSUE_STOCK -> {
                long warehouse = city.drillTrail().warehouseId(a.warehouse())
                        .orElseThrow(() -> new IllegalArgumentException("no warehouse " + a.warehouse()));
                city.systemResources().stock().issue(warehouse, a.item(), a.quantity(), a.actor(), "drill");
                return a.warehouse() + " · " + a.item() + " × " + a.quantity();
            }
            default -> throw new IllegalArgumentException("unknown action " + a.action());
        }
    }

    private static long requireEvent(PlayerAction a, Long eventId) {
        if (eventId == null) {
            throw new IllegalStateException("inject " + a.inject() + " has no event (yet)");
        }
        return eventId;
    }
}

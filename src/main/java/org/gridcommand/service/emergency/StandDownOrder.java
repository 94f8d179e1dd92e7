package org.gridcommand.service.emergency;

import java.util.Map;
import java.util.Set;

/**
 * What the commander says at stand-down: per supply line how much was used up in the response (booked out of the
 * warehouse; the rest goes back), which task events go on with their units (the others end with the response),
 * and the reason written into the events that end.
 *
 * @param used          item line id → quantity used (missing: none used, all goes back)
 * @param handedOver    task line ids whose events stay open with their units
 * @param taskEndReason the reason recorded on the task events that end (in the commander's words)
 */
public record StandDownOrder(Map<Long, Integer> used, Set<Long> handedOver, String taskEndReason) {
    public StandDownOrder {
        used = Map.copyOf(used);
        handedOver = Set.copyOf(handedOver);
        if (taskEndReason == null || taskEndReason.isBlank()) {
            throw new IllegalArgumentException("say why the task events end (e.g. the response has been stood down)");
        }
    }

    /** Nothing used up, no event handed over: everything goes back and every open task ends. */
    public static StandDownOrder releaseAll(String taskEndReason) {
        return new StandDownOrder(Map.of(), Set.of(), taskEndReason);
    }

    int usedOf(long lineId) {
        return used.getOrDefault(lineId, 0);
    }
}

package org.gridcommand.service.emergency;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.plan.ResponseLevel;

/**
 * How an activation ended, as facts a console words in its own language: how long it ran, what its tasks came to,
 * what was used up and what went back, who was called.
 *
 * @param tasksDone       tasks done on the board or whose events the units reported done
 * @param tasksEnded      open task events cancelled because the response ended
 * @param tasksHandedOver open task events left with their units to finish in the closed loop
 * @param itemsUsed       per item, what was booked as used up in the response
 * @param itemsReleased   per item, what went back to the warehouses
 * @param medianToOnSite  median time from SENT to ON_SITE over the lines that got there, or null
 * @param eventsLeftOpen  numbers of task events that should have ended but could not be closed (the duty officer
 *                        must close them in the queue)
 */
public record StandDownSummary(long activationId, String planCode, String planName, int planRevision,
                               ResponseLevel level, Duration activeFor, int tasks, int tasksDone, int tasksEnded,
                               int tasksHandedOver, List<ItemTotal> itemsUsed, List<ItemTotal> itemsReleased,
                               int teams, int people, int experts, Duration medianToOnSite,
                               List<String> eventsLeftOpen) {
    public StandDownSummary {
        itemsUsed = List.copyOf(itemsUsed);
        itemsReleased = List.copyOf(itemsReleased);
        eventsLeftOpen = List.copyOf(eventsLeftOpen);
    }

    /** An amount of one item, with its stored name and unit of measure. */
    public record ItemTotal(String itemCode, String itemName, String measureUnit, int quantity) {
    }

    /** What went back, by item code. */
    public Map<String, Integer> itemsReleasedByCode() {
        return byCode(itemsReleased);
    }

    /** What was used up, by item code. */
    public Map<String, Integer> itemsUsedByCode() {
        return byCode(itemsUsed);
    }

    private static Map<String, Integer> byCode(List<ItemTotal> items) {
        Map<String, Integer> out = new LinkedHashMap<>();
        items.forEach(i -> out.merge(i.itemCode(), i.quantity(), Integer::sum));
        return out;
    }
}

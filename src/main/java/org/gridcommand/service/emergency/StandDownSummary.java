package org.gridcommand.service.emergency;

import java.time.Duration;
import java.util.Map;

/**
 * How an activation ended: how long it ran, what its tasks achieved, what was given back.
 *
 * @param itemsReleased     per item code, the quantity returned to the warehouses at stand-down
 * @param medianToOnSite    median time from SENT to ON_SITE over the lines that got there, or null
 */
public record StandDownSummary(long activationId, Duration activeFor, int tasks, int tasksDone,
                               Map<String, Integer> itemsReleased, int teams, int people, int experts,
                               Duration medianToOnSite, String text) {
}

package org.gridcommand.service.emergency;

import org.gridcommand.domain.plan.ResponseLevel;

/**
 * A suggestion to activate a plan at a level, with the evidence a commander needs to accept or dismiss it.
 * It activates nothing by itself.
 *
 * @param condition the trigger line that holds
 * @param lon       where it holds (the sensor, or the centre of the event cluster)
 */
public record ActivationSuggestion(long planId, String planCode, String planName, ResponseLevel level,
                                   String condition, String evidence, double lon, double lat) {
}

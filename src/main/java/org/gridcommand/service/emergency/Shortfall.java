package org.gridcommand.service.emergency;

import org.gridcommand.domain.emergency.LineKind;

/**
 * What could not be found: the commander must know at once that 1,200 sandbags or 10 rescuers are missing.
 *
 * @param needed  what the plan asks for
 * @param found   what the proposal could assign
 * @param what    the item's stored name when some stock of it exists, or the task a unit was missing for; else null
 * @param measureUnit the item's unit of measure, else null
 * @param message in Chinese, for the command line; a console words it from the fields
 */
public record Shortfall(LineKind kind, String needCode, int needed, int found, String what, String measureUnit,
                        String message) {
    public int missing() {
        return needed - found;
    }
}

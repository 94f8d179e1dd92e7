package org.gridcommand.service.emergency;

import org.gridcommand.domain.emergency.LineKind;

/**
 * What could not be found: the commander must know at once that 1,200 sandbags or 10 rescuers are missing.
 *
 * @param needed  what the plan asks for
 * @param found   what the proposal could assign
 */
public record Shortfall(LineKind kind, String needCode, int needed, int found, String message) {
    public int missing() {
        return needed - found;
    }
}

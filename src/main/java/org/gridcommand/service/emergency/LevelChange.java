package org.gridcommand.service.emergency;

import java.util.List;
import org.gridcommand.domain.plan.ResponseLevel;

/**
 * What moving an activation to another level would change: the lines to add (an upgrade, as a proposal of the
 * difference only) and the held resources to give back (a downgrade). Apply it with
 * {@link ActivationService#applyLevelChange}.
 */
public record LevelChange(long activationId, ResponseLevel from, ResponseLevel to, Proposal additions,
                          List<Release> releases) {
    public LevelChange {
        releases = List.copyOf(releases);
    }

    /**
     * One held line to give back, wholly or in part.
     *
     * @param quantity how much of the line to give back
     */
    public record Release(long lineId, String label, int quantity) {
    }

    public boolean isUpgrade() {
        return to.ordinal() < from.ordinal();
    }
}

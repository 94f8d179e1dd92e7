package org.gridcommand.domain.drill;

import java.time.Duration;

/**
 * What the players should do after an inject, by when (scenario time), and what it is worth. {@code plan} and
 * {@code level} (the lowest acceptable level, I highest) are for {@link ActionKind#ACTIVATE_PLAN}; {@code unit}
 * for a dispatch; {@code item} (and {@code warehouse}) for issued stock. {@code onMiss} is the number of the
 * contingency inject that fires when the deadline passes unmet, or null.
 */
public record ExpectedAction(String id, ActionKind kind, String description, String plan, String level, String unit,
                             String item, String warehouse, String objective, Duration deadline, int points,
                             Integer onMiss) {
}

package org.gridcommand.domain.kpi;

import java.time.Instant;
import org.gridcommand.domain.event.EventState;

/** One of the events behind a figure, as the statistics tab and the reports list it. */
public record EventLine(long id, String number, String title, EventState state, Instant reportedAt,
                        Instant handlingDueAt, Instant closedAt, String unit, String grid) {
}

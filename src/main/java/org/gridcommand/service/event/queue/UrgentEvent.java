package org.gridcommand.service.event.queue;

import java.time.Instant;
import org.gridcommand.domain.event.Urgency;

/** An open event marked urgent or critical, for the console's alarm. */
public record UrgentEvent(long id, String number, String title, Urgency urgency, Instant reportedAt) {
}

package org.gridcommand.service.export;

import java.time.OffsetDateTime;
import org.gridcommand.domain.event.EventState;

/** One event as the export writes it: its own columns and the names it refers to. */
record ExportedEvent(long id, String number, String title, String description, String channel, String externalId,
                     EventState state, String urgency, Double lon, Double lat, String address,
                     OffsetDateTime reportedAt, OffsetDateTime handlingDueAt, OffsetDateTime closedAt,
                     OffsetDateTime updatedAt, String placement, String categoryCode, String categoryName,
                     String leadUnit, String gridCode) {
}

package org.gridcommand.service.intake;

import java.time.Instant;
import org.gridcommand.domain.event.Phrase;

/**
 * One hotline ticket read from a file and understood: its time, its 事项 code (null when the sender's category
 * is not mapped: it goes to triage), its WGS84 position (null when it has none).
 *
 * @param locationNote why the position could not be used (unreadable, outside the world); null when it was used
 *                     or the row has none (the event's placement says so then)
 */
record Ticket(int row, String externalId, Instant createdAt, String externalCategory, String categoryCode,
              String title, String description, String address, String reporter, Double lon, Double lat,
              Phrase locationNote) {
}

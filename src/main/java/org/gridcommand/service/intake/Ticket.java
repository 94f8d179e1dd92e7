package org.gridcommand.service.intake;

import java.time.Instant;

/**
 * One hotline ticket read from a file and understood: its time, its 事项 code (null when the sender's category
 * is not mapped: it goes to triage), its WGS84 position (null when it has none).
 *
 * @param locationNote why the ticket has no usable position (blank, unreadable, outside the world), or null
 */
record Ticket(int row, String externalId, Instant createdAt, String externalCategory, String categoryCode,
              String title, String description, String address, String reporter, Double lon, Double lat,
              String locationNote) {
}

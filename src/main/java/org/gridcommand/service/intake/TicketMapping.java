package org.gridcommand.service.intake;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Phrase;

/**
 * How one city's hotline export is laid out: which column holds what, how its dates and coordinates are written,
 * and how its categories map to the taxonomy. Read from a mapping file by {@link TicketMappingFile}, which
 * documents the file format.
 *
 * @param encoding          the file's encoding; null = UTF-8 (a BOM, UTF-8 or UTF-16, always wins)
 * @param records           JSON exports only: dotted path of the array of tickets (null = the top-level array)
 * @param externalId        column with the ticket number in the sending system (re-imports merge on it)
 * @param createdAt         column with the time the ticket was created
 * @param datePatterns      {@link java.time.format.DateTimeFormatter} patterns tried in order, after ISO-8601
 *                          and epoch milliseconds / seconds
 * @param category          column with the sender's category name
 * @param categories        sender's category → 事项 code; a category not in the table goes to triage
 * @param title             columns joined (with " - ") into the title; empty = the description
 * @param description       columns joined (with "；") into the description
 * @param coordinateSystem  of longitude/latitude: WGS84, CGCS2000, GCJ02, BD09 or EPSG:n
 * @param planarSystem      of x/y (used when longitude/latitude are blank), e.g. EPSG:2263 or EPSG:4547
 */
public record TicketMapping(Channel channel, Charset encoding, char delimiter, ZoneId zone, String records,
                            String externalId, String createdAt, List<String> datePatterns,
                            String category, Map<String, String> categories,
                            List<String> title, List<String> description, String address, String reporter,
                            String longitude, String latitude, String coordinateSystem,
                            String x, String y, String planarSystem) {
    public TicketMapping {
        channel = channel == null ? Channel.HOTLINE : channel;
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        datePatterns = datePatterns == null ? List.of() : List.copyOf(datePatterns);
        categories = categories == null ? Map.of() : Map.copyOf(categories);
        title = title == null ? List.of() : List.copyOf(title);
        description = description == null ? List.of() : List.copyOf(description);
        coordinateSystem = coordinateSystem == null ? "WGS84" : coordinateSystem;
        if (externalId == null || createdAt == null) {
            throw new TicketMappingException(Phrase.of("mapping.needIdAndTime", "external_id", "created_at"));
        }
        if (title.isEmpty() && description.isEmpty()) {
            throw new TicketMappingException(Phrase.of("mapping.needText", "title", "description"));
        }
        if ((longitude == null) != (latitude == null) || (x == null) != (y == null)) {
            throw new TicketMappingException(Phrase.of("mapping.coordinatePairs", "longitude", "latitude", "x", "y"));
        }
        if (x != null && planarSystem == null) {
            throw new TicketMappingException(Phrase.of("mapping.planarSystem", "planar_coordinate_system"));
        }
    }

    /** The 事项 code for the sender's category, or null when the table does not map it (→ triage). */
    public String categoryCodeFor(String externalCategory) {
        if (externalCategory == null) {
            return null;
        }
        String code = categories.get(externalCategory.strip());
        return code == null || code.isBlank() ? null : code.strip();
    }
}

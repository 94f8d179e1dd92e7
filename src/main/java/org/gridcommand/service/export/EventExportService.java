package org.gridcommand.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.geo.StoredPoint;
import org.gridcommand.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports events for other systems (CSV for spreadsheets, GeoJSON for GIS, Open311 GeoReport v2 for the civic
 * systems that speak it). Streams: rows are read with a cursor and written as they come, so 100,000 events take
 * no more memory than one. Times are written in the application clock's zone. Blocking: call it off the FX thread.
 */
public final class EventExportService {
    private static final String SQL = "SELECT e.id, e.number, e.title, e.description, e.channel, e.external_id,"
            + " e.state, e.urgency, ST_AsBinary(e.location), e.address, e.reported_at, e.handling_due_at,"
            + " e.closed_at, (SELECT MAX(t.occurred_at) FROM event_transition t WHERE t.event_id = e.id),"
            + " e.placement, c.code, c.name, u.name, g.code"
            + " FROM event e LEFT JOIN category c ON c.id = e.category_id LEFT JOIN unit u ON u.id = e.lead_unit_id"
            + " LEFT JOIN area g ON g.id = e.grid_id";

    private static final Logger LOG = LoggerFactory.getLogger(EventExportService.class);

    private final Database db;
    private final Clock clock;

    public EventExportService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Writes the events {@code filter} selects, oldest report first, to {@code out} (left open). An event whose
     * stored row cannot be read (a position that is not a point, an unknown state, …) is left out with a warning
     * instead of failing the whole export: one bad row must not cost the officer the other 100,000.
     *
     * @return how many events were written, and the ones left out with the reason
     */
    public ExportResult export(ExportFormat format, EventExportFilter filter, OutputStream out) {
        ZoneId zone = clock.getZone();
        StringBuilder sql = new StringBuilder(SQL);
        List<Object> args = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (filter.from() != null) {
            where.add("e.reported_at >= ?");
            args.add(filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.add("e.reported_at < ?");
            args.add(filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.state() != null) {
            where.add("e.state = ?");
            args.add(filter.state().name());
        }
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.append(" ORDER BY e.reported_at, e.id");
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                ps.setFetchSize(1000);
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                EventWriter writer = writer(format, out);
                writer.begin();
                long n = 0;
                List<ExportResult.Skipped> skipped = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ExportedEvent event;
                        try {
                            event = row(rs, zone);
                        } catch (RuntimeException | SQLException e) {
                            ExportResult.Skipped s = new ExportResult.Skipped(rs.getLong(1), rs.getString(2),
                                    e.getMessage());
                            LOG.warn("Export: event {} (id {}) left out: {}", s.number(), s.id(), s.reason());
                            skipped.add(s);
                            continue;
                        }
                        writer.write(event);
                        n++;
                    }
                }
                writer.end();
                return new ExportResult(n, skipped);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the export: " + e.getMessage(), e);
            }
        });
    }

    private static EventWriter writer(ExportFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case CSV -> new CsvEventWriter(out);
            case GEOJSON -> new GeoJsonEventWriter(out);
            case OPEN311 -> new Open311EventWriter(out);
        };
    }

    private static ExportedEvent row(ResultSet rs, ZoneId zone) throws SQLException {
        double[] point = StoredPoint.lonLat(rs.getBytes(9));
        return new ExportedEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), EventState.valueOf(rs.getString(7)), rs.getString(8), point == null ? null : point[0],
                point == null ? null : point[1], rs.getString(10), time(rs, 11, zone), time(rs, 12, zone),
                time(rs, 13, zone), time(rs, 14, zone), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getString(18), rs.getString(19));
    }

    private static OffsetDateTime time(ResultSet rs, int i, ZoneId zone) throws SQLException {
        OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(zone).toOffsetDateTime();
    }
}

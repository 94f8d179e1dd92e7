package org.gridcommand.service.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;

/**
 * Writes new events, their first history lines and co-handlers with JDBC batches on the caller's connection (and
 * so in its transaction). The same columns Hibernate writes for {@link Event}; points go in as EWKT, which H2GIS
 * and PostGIS both cast to a geometry. History lines are only inserted, as everywhere.
 */
final class EventRows implements AutoCloseable {
    static final int BATCH = 1000;

    private static final String EVENT_SQL = "INSERT INTO event (id, number, title, description, channel, external_id,"
            + " category_id, state, urgency, location, address, micro_grid_id, grid_id, community_id, street_id,"
            + " lead_unit_id, reporter, reported_at, response_due_at, handling_due_at, supervision_count, version,"
            + " placement, limit_started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS GEOMETRY), ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, 0, 0, ?, ?)";
    private static final String TRANSITION_SQL = "INSERT INTO event_transition (id, event_id, occurred_at, actor,"
            + " action, from_state, to_state, note, unit_id, params) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CO_HANDLER_SQL = "INSERT INTO event_co_handler (id, event_id, unit_id, assigned_at)"
            + " VALUES (?, ?, ?, ?)";

    private final PreparedStatement events;
    private final PreparedStatement transitions;
    private final PreparedStatement coHandlers;
    private int pending;

    EventRows(Connection c) throws SQLException {
        this.events = c.prepareStatement(EVENT_SQL);
        this.transitions = c.prepareStatement(TRANSITION_SQL);
        this.coHandlers = c.prepareStatement(CO_HANDLER_SQL);
    }

    void event(Event e) throws SQLException {
        int i = 1;
        events.setLong(i++, e.getId());
        events.setString(i++, e.getNumber());
        events.setString(i++, e.getTitle());
        events.setString(i++, e.getDescription());
        events.setString(i++, e.getChannel().name());
        events.setString(i++, e.getExternalId());
        setLong(events, i++, e.getCategoryId());
        events.setString(i++, e.getState().name());
        events.setString(i++, e.getUrgency().name());
        events.setString(i++, e.getLocation() == null ? null
                : "SRID=4326;POINT(" + e.getLocation().getX() + " " + e.getLocation().getY() + ")");
        events.setString(i++, e.getAddress());
        setLong(events, i++, e.getMicroGridId());
        setLong(events, i++, e.getGridId());
        setLong(events, i++, e.getCommunityId());
        setLong(events, i++, e.getStreetId());
        setLong(events, i++, e.getLeadUnitId());
        events.setString(i++, e.getReporter());
        setTime(events, i++, e.getReportedAt());
        setTime(events, i++, e.getResponseDueAt());
        setTime(events, i++, e.getHandlingDueAt());
        events.setString(i++, e.getPlacement() == null ? null : e.getPlacement().name());
        setTime(events, i, e.getLimitStartedAt());
        events.addBatch();
        pending++;
    }

    void transition(long id, long eventId, Instant at, String actor, EventStep step, EventState from, EventState to,
                    String note, Long unitId, String params) throws SQLException {
        transitions.setLong(1, id);
        transitions.setLong(2, eventId);
        setTime(transitions, 3, at);
        transitions.setString(4, actor);
        transitions.setString(5, step.name());
        transitions.setString(6, from == null ? null : from.name());
        transitions.setString(7, to.name());
        transitions.setString(8, note == null || note.length() <= 2000 ? note : note.substring(0, 2000));
        setLong(transitions, 9, unitId);
        transitions.setString(10, params);
        transitions.addBatch();
    }

    void coHandler(long id, long eventId, long unitId, Instant at) throws SQLException {
        coHandlers.setLong(1, id);
        coHandlers.setLong(2, eventId);
        coHandlers.setLong(3, unitId);
        setTime(coHandlers, 4, at);
        coHandlers.addBatch();
    }

    /** Sends the batch when it is full. */
    void flushIfFull() throws SQLException {
        if (pending >= BATCH) {
            flush();
        }
    }

    /** Sends what is pending: events first, since the history and co-handlers refer to them. */
    void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        events.executeBatch();
        transitions.executeBatch();
        coHandlers.executeBatch();
        pending = 0;
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    static void setTime(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        }
    }

    @Override
    public void close() throws SQLException {
        try (events; transitions; coHandlers) {
            // closes all three
        }
    }
}

package org.gridcommand.service.event.queue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.service.event.ActionRefusedException;
import org.gridcommand.service.event.StepParams;
import org.gridcommand.store.Database;
import org.gridcommand.store.event.HistoryLine;
import org.gridcommand.store.event.HistoryWriter;

/**
 * Photos and documents attached to an event, kept IN the database: consoles sharing a PostgreSQL server must all
 * see them, and a local data folder is only on one machine. Append-only, like the history: adding one also
 * writes a NOTE line to the event's history, so the timeline says who attached what and when.
 */
public final class EventAttachments {
    /** Bigger files belong in a document system, not in every console's database round trip. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Database db;
    private final Clock clock;
    private final HistoryWriter history;

    public EventAttachments(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.history = new HistoryWriter(db.ids());
    }

    /**
     * Stores {@code content} as an attachment of the event, by {@code actor}, on the application clock.
     *
     * @throws ActionRefusedException when the file is empty or larger than {@link #MAX_BYTES}
     */
    public AttachmentInfo attach(long eventId, String fileName, String contentType, byte[] content, String actor) {
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new ActionRefusedException("refused.attachmentSize");
        }
        long id = db.ids().next();
        Instant now = clock.instant();
        return db.withConnection(c -> {
            String state;
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM event WHERE id = ?")) {
                ps.setLong(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new ActionRefusedException("refused.noEvent", eventId);
                    }
                    state = rs.getString(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_attachment (id, event_id, file_name, "
                    + "content_type, size_bytes, added_at, added_by, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, eventId);
                ps.setString(3, fileName);
                ps.setString(4, contentType);
                ps.setLong(5, content.length);
                ps.setTimestamp(6, Timestamp.from(now));
                ps.setString(7, actor);
                ps.setBytes(8, content);
                ps.executeUpdate();
            }
            EventState inState = EventState.valueOf(state);
            history.append(c, new HistoryLine(eventId, now, actor, EventStep.NOTE, inState, inState, null, null,
                    StepParams.of("attachment", fileName).json()));
            return new AttachmentInfo(id, eventId, fileName, contentType, content.length, now, actor);
        });
    }

    /** The event's attachments, oldest first, without their bytes. */
    public List<AttachmentInfo> of(long eventId) {
        return db.withConnection(c -> {
            List<AttachmentInfo> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, event_id, file_name, content_type, size_bytes, "
                    + "added_at, added_by FROM event_attachment WHERE event_id = ? ORDER BY added_at, id")) {
                ps.setLong(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(info(rs));
                    }
                }
            }
            return list;
        });
    }

    /** The bytes of one attachment. */
    public byte[] content(long attachmentId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM event_attachment WHERE id = ?")) {
                ps.setLong(1, attachmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new NoSuchElementException("No attachment with id " + attachmentId);
                    }
                    return rs.getBytes(1);
                }
            }
        });
    }

    private static AttachmentInfo info(ResultSet rs) throws SQLException {
        return new AttachmentInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7));
    }
}

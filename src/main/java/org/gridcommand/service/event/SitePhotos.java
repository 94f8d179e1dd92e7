package org.gridcommand.service.event;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.taxonomy.Category;
import org.hibernate.Session;

/**
 * The photos a handling report or an on-site check brings, and the rule that a 事项 marked "photo required" gets
 * one: sent with the step, or attached since the event entered its current state (a photo of the reported problem
 * is not a photo of the work done).
 */
final class SitePhotos {
    private final EventChanges changes;

    SitePhotos(EventChanges changes) {
        this.changes = changes;
    }

    /**
     * Stores {@code photos} as attachments of the event inside the caller's transaction, after checking that the
     * event's 事项 gets the photo it requires for {@code action}.
     *
     * @throws ActionRefusedException when a required photo is missing
     */
    void store(Session s, Event event, EventAction action, List<SitePhoto> photos, String actor, Instant at) {
        boolean sent = photos.stream().anyMatch(SitePhoto::isImage);
        Category category = event.getCategoryId() == null ? null : s.get(Category.class, event.getCategoryId());
        if (category != null && category.isPhotoRequired() && !sent && !attachedSinceStateBegan(s, event)) {
            throw new ActionRefusedException("refused.photoRequired", action, category.getName());
        }
        for (SitePhoto photo : photos) {
            long id = changes.newId(s);
            s.doWork(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_attachment (id, event_id, "
                        + "file_name, content_type, size_bytes, added_at, added_by, content) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setLong(2, event.getId());
                    ps.setString(3, clip(photo.fileName()));
                    ps.setString(4, photo.contentType());
                    ps.setLong(5, photo.content().length);
                    ps.setTimestamp(6, Timestamp.from(at));
                    ps.setString(7, actor);
                    ps.setBytes(8, photo.content());
                    ps.executeUpdate();
                }
            });
        }
    }

    /** An image attached strictly after the history line that brought the event into its current state. */
    private static boolean attachedSinceStateBegan(Session s, Event event) {
        Instant began = s.createSelectionQuery("select max(t.at) from EventTransition t where t.eventId = :id "
                        + "and t.toState = :st and (t.fromState is null or t.fromState <> t.toState)", Instant.class)
                .setParameter("id", event.getId()).setParameter("st", event.getState()).getSingleResultOrNull();
        if (began == null) {
            return false;
        }
        Long images = s.createNativeQuery("SELECT COUNT(*) FROM event_attachment WHERE event_id = :id "
                        + "AND content_type LIKE 'image/%' AND added_at > :t", Long.class)
                .setParameter("id", event.getId()).setParameter("t", Timestamp.from(began)).getSingleResult();
        return images != null && images > 0;
    }

    private static String clip(String name) {
        String n = name == null || name.isBlank() ? "photo" : name;
        return n.length() <= 255 ? n : n.substring(n.length() - 255);
    }
}

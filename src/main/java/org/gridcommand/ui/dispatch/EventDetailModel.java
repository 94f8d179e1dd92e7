package org.gridcommand.ui.dispatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.queue.EventAttachments;
import org.gridcommand.ui.common.BackgroundTasks;

/** View-model of the event detail: which event is open, its detail once read, attachments added to it. */
final class EventDetailModel {
    private final EventService events;
    private final EventAttachments attachments;
    private final BackgroundTasks tasks;
    private final OfficerNotices notices;
    private final String actor;
    private final ReadOnlyObjectWrapper<EventDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private Long openId;
    private long generation;

    EventDetailModel(EventService events, EventAttachments attachments, BackgroundTasks tasks,
                     OfficerNotices notices, String actor) {
        this.events = events;
        this.attachments = attachments;
        this.tasks = tasks;
        this.notices = notices;
        this.actor = actor;
    }

    ReadOnlyObjectProperty<EventDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /**
     * True while the detail still shows another event than the one opened (its read is under way): nothing in it
     * may be acted on then, or a button would act on the event the officer just left.
     */
    ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Opens the event with {@code eventId} (null closes the detail). */
    void open(Long eventId) {
        openId = eventId;
        long gen = ++generation;
        if (eventId == null) {
            detail.set(null);
            stale.set(false);
            return;
        }
        EventDetail shown = detail.get();
        stale.set(shown != null && !shown.event().getId().equals(eventId));
        tasks.run(() -> read(eventId), d -> {
            if (gen == generation) {
                stale.set(false);
                detail.set(d);
            }
        }, failure -> {
            if (gen == generation) {
                notices.problem(failure);
            }
        });
    }

    /** Reads the open event again if it is {@code eventId} (after an action or a change elsewhere). */
    void reloadIf(long eventId) {
        if (openId != null && openId == eventId) {
            open(eventId);
        }
    }

    Long openId() {
        return openId;
    }

    /** Stores the file as an attachment of the open event (read and written in the background). */
    void attach(Path file) {
        Long eventId = openId;
        if (eventId == null) {
            return;
        }
        tasks.run(() -> attachments.attach(eventId, file.getFileName().toString(), contentType(file),
                Files.readAllBytes(file), actor), added -> reloadIf(eventId), notices::problem);
    }

    /** The bytes of an attachment, for its thumbnail. */
    void content(long attachmentId, Consumer<byte[]> show) {
        tasks.run(() -> attachments.content(attachmentId), show, failure -> { });
    }

    private EventDetail read(long eventId) {
        var event = events.find(eventId);
        return new EventDetail(event, events.summary(eventId), events.history(eventId), events.notices(eventId),
                events.coHandlers(eventId),
                event.getState().isOpen() ? events.duplicatesOf(eventId) : List.of(),
                attachments.of(eventId));
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".gif")) {
            return "image/gif";
        }
        if (name.endsWith(".bmp")) {
            return "image/bmp";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        return "application/octet-stream";
    }
}

package org.gridcommand.ui.dispatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.service.event.DispatchProposal;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.SitePhoto;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * What the officer does to an event from the queue or the detail. Every action carries the version the officer
 * saw, so a change made meanwhile by someone else is refused and explained instead of overwritten; either way the
 * queue and the detail are read again, and whoever listens ({@link #onChanged}) hears which event it was.
 */
final class EventActions {
    private final EventService events;
    private final BackgroundTasks tasks;
    private final OfficerNotices notices;
    private final Messages messages;
    private final String actor;
    private final Runnable refreshQueue;
    private final List<LongConsumer> changed = new ArrayList<>();

    EventActions(EventService events, BackgroundTasks tasks, OfficerNotices notices, Messages messages,
                 String actor, Runnable refreshQueue) {
        this.events = events;
        this.tasks = tasks;
        this.notices = notices;
        this.messages = messages;
        this.actor = actor;
        this.refreshQueue = refreshQueue;
    }

    /** Called with the event's id after every attempt (success or refusal), e.g. to reload the detail. */
    void onChanged(LongConsumer listener) {
        changed.add(listener);
    }

    String actor() {
        return actor;
    }

    /**
     * A state-changing step: accept, start, close without words; return, reject (rework), reopen and cancel with a
     * reason in {@code note}.
     */
    void step(EventAction action, long eventId, long version, String number, String note) {
        run(eventId, number, label(action), () -> switch (action) {
            case ACCEPT -> events.accept(eventId, version, actor, note);
            case START -> events.start(eventId, version, actor, note);
            case REJECT -> events.reject(eventId, version, actor, note);
            case CLOSE -> events.close(eventId, version, actor, note);
            case RETURN -> events.returnToCenter(eventId, version, actor, note);
            case REOPEN -> events.reopen(eventId, version, actor, note);
            case CANCEL -> events.cancel(eventId, version, actor, note);
            default -> throw new IllegalArgumentException(action + " needs its own screen");
        });
    }

    /** 处理反馈 or 核查通过 with what was done or found and photos of the site (read here, in the background). */
    void withPhotos(EventAction action, long eventId, long version, String number, String note, List<Path> files) {
        run(eventId, number, label(action), () -> {
            List<SitePhoto> photos = new ArrayList<>();
            for (Path f : files) {
                photos.add(new SitePhoto(f.getFileName().toString(), EventDetailModel.contentType(f),
                        Files.readAllBytes(f)));
            }
            return action == EventAction.FEEDBACK ? events.feedback(eventId, version, actor, note, photos)
                    : events.verify(eventId, version, actor, note, photos);
        });
    }

    /** 派遣 to the lead unit with co-handlers (the proposal as confirmed or overridden). */
    void dispatch(long eventId, long version, String number, long leadUnitId, List<Long> coHandlers) {
        run(eventId, number, label(EventAction.DISPATCH),
                () -> events.dispatch(eventId, version, leadUnitId, coHandlers, actor, null));
    }

    /** 一键督办 */
    void supervise(long eventId, long version, String number) {
        run(eventId, number, messages.get("action.SUPERVISE"), () -> events.supervise(eventId, version, actor, null));
    }

    /** Merges the duplicate into the event the officer is looking at. */
    void merge(long duplicateId, long duplicateVersion, String duplicateNumber, long intoId, String reason) {
        run(duplicateId, duplicateNumber, label(EventAction.MERGE),
                () -> events.merge(duplicateId, duplicateVersion, intoId, actor, reason));
    }

    /** Reads the dispatch proposal of the event, then hands it to {@code show} on the FX thread. */
    void propose(long eventId, Consumer<DispatchProposal> show) {
        tasks.run(() -> events.proposeDispatch(eventId), show, notices::problem);
    }

    private String label(EventAction action) {
        return messages.get("action." + action.name());
    }

    private void run(long eventId, String number, String what, Callable<?> work) {
        tasks.run(work, done -> {
            notices.info(messages.get("notice.done", what, number));
            refreshQueue.run();
            changed.forEach(l -> l.accept(eventId));
        }, failure -> {
            notices.problem(failure);
            refreshQueue.run();
            changed.forEach(l -> l.accept(eventId));
        });
    }
}

package org.gridcommand.ui.dispatch;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.service.event.DispatchProposal;
import org.gridcommand.service.event.EventService;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * What the officer does to an event from the queue or the detail. Every action carries the version the officer
 * saw, so a change made meanwhile by someone else is refused and explained instead of overwritten; either way the
 * queue and the detail are read again.
 */
final class EventActions {
    private final EventService events;
    private final BackgroundTasks tasks;
    private final OfficerNotices notices;
    private final Messages messages;
    private final String actor;
    private final Runnable refreshQueue;
    private LongConsumer changed = id -> { };

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
        this.changed = listener;
    }

    String actor() {
        return actor;
    }

    /**
     * A state-changing step without further input: accept, start, feedback, verify, close; or, with a reason,
     * return, reject (rework) and cancel.
     */
    void step(EventAction action, long eventId, long version, String number, String note) {
        run(eventId, number, action.chinese(), () -> switch (action) {
            case ACCEPT -> events.accept(eventId, version, actor, note);
            case START -> events.start(eventId, version, actor, note);
            case FEEDBACK -> events.feedback(eventId, version, actor, note);
            case VERIFY -> events.verify(eventId, version, actor, note);
            case REJECT -> events.reject(eventId, version, actor, note);
            case CLOSE -> events.close(eventId, version, actor, note);
            case RETURN -> events.returnToCenter(eventId, version, actor, note);
            case CANCEL -> events.cancel(eventId, version, actor, note);
            default -> throw new IllegalArgumentException(action + " needs its own screen");
        });
    }

    /** 派遣 to the lead unit with co-handlers (the proposal as confirmed or overridden). */
    void dispatch(long eventId, long version, String number, long leadUnitId, List<Long> coHandlers) {
        run(eventId, number, EventAction.DISPATCH.chinese(),
                () -> events.dispatch(eventId, version, leadUnitId, coHandlers, actor, null));
    }

    /** 一键督办 */
    void supervise(long eventId, long version, String number) {
        run(eventId, number, messages.get("action.SUPERVISE"), () -> events.supervise(eventId, version, actor, null));
    }

    /** Merges the duplicate into the event the officer is looking at. */
    void merge(long duplicateId, long duplicateVersion, String duplicateNumber, long intoId, String reason) {
        run(duplicateId, duplicateNumber, EventAction.MERGE.chinese(),
                () -> events.merge(duplicateId, duplicateVersion, intoId, actor, reason));
    }

    /** Reads the dispatch proposal of the event, then hands it to {@code show} on the FX thread. */
    void propose(long eventId, java.util.function.Consumer<DispatchProposal> show) {
        tasks.run(() -> events.proposeDispatch(eventId), show, notices::problem);
    }

    private void run(long eventId, String number, String what, Callable<?> work) {
        tasks.run(work, done -> {
            notices.info(messages.get("notice.done", what, number));
            refreshQueue.run();
            changed.accept(eventId);
        }, failure -> {
            notices.problem(failure);
            refreshQueue.run();
            changed.accept(eventId);
        });
    }
}

package org.gridcommand.service.event;

import java.time.Instant;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Refusal;

/**
 * Someone else changed the event since the officer looked at it (another console, another officer). Nothing
 * was changed by this request; the reason says who did what and when, e.g. "Already dispatched by 李娜 at
 * 10:42 to 城管局", so the officer can reload and decide.
 */
public class ConcurrentChangeException extends RuntimeException implements Refusal {
    private final long eventId;
    private final String actor;
    private final EventStep step;
    private final Instant at;
    private final String unitName;
    private final transient Phrase reason;

    public ConcurrentChangeException(long eventId, String actor, EventStep step, Instant at, String unitName,
                                     Phrase reason) {
        super(EventWords.ENGLISH.say(reason));
        this.eventId = eventId;
        this.actor = actor;
        this.step = step;
        this.at = at;
        this.unitName = unitName;
        this.reason = reason;
    }

    public long eventId() { return eventId; }
    /** Who made the change that won, or null when the history does not say. */
    public String actor() { return actor; }
    public EventStep step() { return step; }
    public Instant at() { return at; }
    /** The unit the winning step concerned (dispatched to, escalated to), or null. */
    public String unitName() { return unitName; }

    @Override
    public Phrase reason() {
        return reason;
    }
}

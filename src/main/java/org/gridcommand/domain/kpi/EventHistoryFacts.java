package org.gridcommand.domain.kpi;

import java.time.Instant;

/**
 * Reads one event's history lines, in any order, and says what the indicators need to know about it for a period
 * as the history stood at {@code asOf} (lines after it are ignored). This is the definition in plain Java; the
 * database query in {@code store.kpi.EventFactsStore} computes the same in SQL, and the tests and
 * {@code gridcommand bench kpi} check that both agree.
 */
public final class EventHistoryFacts {
    private final Scope scope;
    private final Instant asOf;
    private Instant registeredAt;
    private String registeredBy;
    private Instant firstDispatchAt;
    private Instant handledAt;
    private Instant checkedAt;
    private Instant lastClose;
    private Instant lastReopen;
    private boolean cancelled;
    private boolean merged;
    private boolean deferred;
    private boolean returned;
    private boolean reworked;
    private int supervisions;
    private boolean rated;

    public EventHistoryFacts(Scope scope) {
        this.scope = scope;
        this.asOf = scope.asOf();
    }

    /** Takes one line of the current event's history ({@code action} as stored, e.g. DISPATCH). */
    public void line(Instant at, String action, String actor) {
        if (at.isAfter(asOf)) {
            return;
        }
        switch (action) {
            case "REGISTER" -> {
                if (registeredAt == null || at.isBefore(registeredAt)) {
                    registeredAt = at;
                    registeredBy = actor;
                }
            }
            case "DISPATCH" -> firstDispatchAt = earlier(firstDispatchAt, at);
            case "FEEDBACK" -> handledAt = later(handledAt, at);
            case "VERIFY" -> checkedAt = later(checkedAt, at);
            case "REJECT" -> {
                checkedAt = later(checkedAt, at);
                reworked = true;
            }
            case "CLOSE" -> lastClose = later(lastClose, at);
            case "REOPEN" -> {
                lastReopen = later(lastReopen, at);
                reworked = true;
            }
            case "CANCEL" -> cancelled = true;
            case "MERGE" -> merged = true;
            case "DEFER" -> deferred = true;
            case "RETURN" -> returned = true;
            case "SUPERVISE" -> supervisions += scope.within(at) ? 1 : 0;
            case "RATE" -> rated |= scope.within(at);
            default -> {
                // REPORT, ACCEPT, START, NOTE: no indicator counts them
            }
        }
    }

    /** The facts of the event whose lines were read, and a clean slate for the next event. */
    public EventFacts finish(CaseFile c) {
        Instant closedAt = lastClose != null && (lastReopen == null || lastReopen.isBefore(lastClose)) ? lastClose
                : null;
        EventFacts facts = new EventFacts(c.id(), c.channel(), c.itemId(), c.minorId(), c.majorId(), c.unitId(),
                c.streetId(), c.communityId(), c.gridId(), c.reporter(), registeredBy, c.reportedAt(), registeredAt,
                firstDispatchAt, c.responseDueAt(), c.handlingDueAt(), handledAt, checkedAt, closedAt, cancelled,
                merged, deferred, returned, reworked, supervisions, rated, c.satisfaction());
        registeredAt = null;
        registeredBy = null;
        firstDispatchAt = null;
        handledAt = null;
        checkedAt = null;
        lastClose = null;
        lastReopen = null;
        cancelled = false;
        merged = false;
        deferred = false;
        returned = false;
        reworked = false;
        supervisions = 0;
        rated = false;
        return facts;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}

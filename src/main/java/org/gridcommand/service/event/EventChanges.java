package org.gridcommand.service.event;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStateMachine;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.store.Database;
import org.gridcommand.store.event.HistoryLine;
import org.gridcommand.store.event.HistoryWriter;
import org.hibernate.Session;
import org.hibernate.StaleStateException;

/**
 * The one way an event changes: in one transaction, only from the version the officer saw, through the state
 * machine, with a history line. History lines are only ever inserted, through the one {@link HistoryWriter};
 * nothing here or elsewhere updates or deletes them.
 */
final class EventChanges {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Database db;
    private final Clock clock;
    private final EventStateMachine machine;
    private final HistoryWriter history;

    EventChanges(Database db, Clock clock, EventStateMachine machine) {
        this.db = db;
        this.clock = clock;
        this.machine = machine;
        this.history = new HistoryWriter(db.ids());
    }

    Clock clock() {
        return clock;
    }

    /**
     * Runs {@code work} on the event in one transaction, if its version is still {@code expectedVersion}. Two
     * consoles that both saw the same version race at the UPDATE (… WHERE version = ?): the loser's transaction
     * rolls back whole and it gets a {@link ConcurrentChangeException} naming the winner.
     */
    <T> T change(long eventId, long expectedVersion, String actor, BiFunction<Session, Event, T> work) {
        requireActor(actor);
        try {
            return db.transact(s -> {
                Event event = s.get(Event.class, eventId);
                if (event == null) {
                    throw new ActionRefusedException("refused.noEvent", eventId);
                }
                if (event.getVersion() != expectedVersion) {
                    throw concurrentChange(s, event);
                }
                T result = work.apply(s, event);
                s.flush(); // the version check of the UPDATE happens here, inside the transaction
                return result;
            });
        } catch (RuntimeException e) {
            if (isLostRace(e)) {
                throw db.transact(s -> concurrentChange(s, s.get(Event.class, eventId)));
            }
            throw e;
        }
    }

    /**
     * Moves the event by {@code action} (the state machine decides) and writes the history line with the
     * person's {@code note} as written and the step's {@code params} (null: none).
     */
    EventState apply(Session s, Event event, EventAction action, String actor, String note, Long unitId,
                     StepParams params) {
        Instant now = clock.instant();
        EventState from = event.apply(machine, action, note, now);
        record(s, event, EventStep.of(action), from, actor, note, unitId, params, now);
        return from;
    }

    /** Appends one history line (through the {@link HistoryWriter}); it is never updated or deleted. */
    void record(Session s, Event event, EventStep step, EventState from, String actor, String note, Long unitId,
                StepParams params, Instant at) {
        record(s, new HistoryLine(event.getId(), at, actor, step, from, event.getState(), blankToNull(note), unitId,
                params == null ? null : params.json()));
    }

    /** Appends a line a shared step ({@link IntakeSteps}) decided. */
    void record(Session s, HistoryLine line) {
        history.append(s, line);
    }

    EventStateMachine machine() {
        return machine;
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    /** A new id, taken on the transaction's own connection (never a second one from the pool). */
    long newId(Session s) {
        return db.ids().next(s);
    }

    static void requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new ActionRefusedException("refused.actorMissing");
        }
        if (actor.length() > 60) {
            throw new ActionRefusedException("refused.actorTooLong");
        }
    }

    /** "Already dispatched by 李娜 at 10:42 to 城管局", from the latest history line. */
    private ConcurrentChangeException concurrentChange(Session s, Event event) {
        List<EventTransition> latest = s.createSelectionQuery("from EventTransition t where t.eventId = :id "
                        + "order by t.at desc, t.id desc", EventTransition.class)
                .setParameter("id", event.getId()).setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            return new ConcurrentChangeException(event.getId(), null, null, null, null,
                    Phrase.of("refused.concurrentUnknown", event.getNumber()));
        }
        EventTransition t = latest.get(0);
        Unit unit = t.getUnitId() == null ? null : s.get(Unit.class, t.getUnitId());
        String unitName = unit == null ? null : unit.getName();
        EventStep step = t.getStep();
        return new ConcurrentChangeException(event.getId(), t.getActor(), step, t.getAt(), unitName,
                Phrase.of("refused.concurrent", EventWords.actorPhrase(t.getActor()), when(t.getAt()), step,
                        unitName == null ? "" : Phrase.of("refused.concurrent.unit", unitName)));
    }

    private String when(Instant at) {
        ZonedDateTime then = at.atZone(clock.getZone());
        boolean today = then.toLocalDate().equals(LocalDate.ofInstant(clock.instant(), clock.getZone()));
        return (today ? TIME : DAY_TIME).format(then);
    }

    /** The version check failed at the UPDATE, or the database refused the concurrent update itself. */
    private static boolean isLostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == 90131 /* H2: concurrent update */ || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}

package org.gridcommand.service.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.event.ActionOrder;
import org.gridcommand.domain.event.CoHandler;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventNotice;
import org.gridcommand.domain.event.EventStateMachine;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Satisfaction;
import org.gridcommand.domain.event.TimeLimit;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.WatchRights;
import org.gridcommand.store.Database;
import org.gridcommand.store.event.WorkingCalendarStore;
import org.hibernate.Session;

/**
 * The event closed loop (闭环) as the console and the command line use it: intake, registration, dispatch,
 * handling, verification, closure, rating, and the side paths (return, rework, merge, cancel, supervision).
 * <p>
 * Every change runs in one transaction, is allowed or refused by the {@link EventStateMachine}, writes one
 * append-only history line (who, when on the application clock, what, from, to, why) and only applies to the
 * version of the event the officer saw: a stale version is refused with a {@link ConcurrentChangeException}
 * that names who changed it. Illegal steps throw {@link org.gridcommand.domain.event.IllegalTransitionException}
 * and change nothing. Blocking: call it off the FX thread.
 */
public final class EventService {
    /** Duplicates: same category within this distance… */
    public static final double DUPLICATE_DISTANCE_M = 200;
    /** …and this time of each other. */
    public static final Duration DUPLICATE_WINDOW = Duration.ofHours(24);

    private final Database db;
    private final Clock clock;
    private final EventChanges changes;
    private final DispatchPlanner planner = new DispatchPlanner();
    private final Intake intake;
    private final Supervision supervision;
    private final DuplicateFinder duplicates = new DuplicateFinder();
    private final EventQueue queue;
    private final SitePhotos photos;
    private final ReturnVisits visits;
    private final WorkingCalendar calendar;
    private final Permissions permissions;

    /**
     * For system callers ({@link Permissions#system()}): the intake endpoint, bulk loads, tests of the loop itself.
     *
     * @param locator  where events are placed in the hierarchy (the database's or an in-memory index)
     * @param calendar working hours and holidays for the categories that count working time
     */
    public EventService(Database db, Clock clock, AreaLocator locator, WorkingCalendar calendar) {
        this(db, clock, locator, calendar, Permissions.system());
    }

    /**
     * The loop as a signed-in person uses it: every change is checked by {@code permissions} (who may, and a unit
     * operator only on its own unit's events) and records the signed-in account as its actor.
     */
    public EventService(Database db, Clock clock, AreaLocator locator, WorkingCalendar calendar,
                        Permissions permissions) {
        this.permissions = permissions;
        this.db = db;
        this.clock = clock;
        this.calendar = calendar;
        this.changes = new EventChanges(db, clock, new EventStateMachine());
        this.intake = new Intake(changes, locator, planner, () -> this.calendar);
        this.supervision = new Supervision(changes);
        this.queue = new EventQueue(db, clock);
        this.photos = new SitePhotos(changes);
        this.visits = new ReturnVisits(changes, () -> this.calendar);
    }

    /** Locates with the database's spatial query and reads the holidays from the database. */
    public EventService(Database db, Clock clock) {
        this(db, clock, new SqlAreaLocator(db), new WorkingCalendarStore(db).load());
    }

    /** What the person using this loop may do, for screens that offer only what these checks allow. */
    public WatchRights rights() {
        return new WatchRights(permissions);
    }

    /** As {@link #EventService(Database, Clock)}, every change checked by {@code permissions}. */
    public EventService(Database db, Clock clock, Permissions permissions) {
        this(db, clock, new SqlAreaLocator(db), new WorkingCalendarStore(db).load(), permissions);
    }

    /**
     * Records a report from any channel with its first history line, locates it (flagging a point outside every
     * grid), registers it when its category is known (starting its time limits, counted in working hours where
     * the category says so) and proposes a dispatch. An unknown category leaves it REPORTED for triage. A second
     * report with the same channel and external id returns the first event ({@code alreadyKnown}).
     */
    public IntakeResult intake(IntakeReport report) {
        permissions.require(UseCase.REGISTER, null);
        Location where = intake.locate(report);
        try {
            return db.transact(s -> intake.intake(s, report, where));
        } catch (RuntimeException e) {
            if (!ExternalIdRace.lost(report, e)) {
                throw e;
            }
            // another sender recorded the same report between our look-up and our insert: answer with theirs
            return db.transact(s -> intake.intake(s, report, where));
        }
    }

    /** 立案 of an event waiting in triage: classifies it as {@code categoryCode} and starts its time limits. */
    public Event register(long eventId, long expectedVersion, String categoryCode, String typedActor, String note) {
        String actor = permissions.require(UseCase.REGISTER, typedActor);
        return changes.change(eventId, expectedVersion, actor, (s, e) -> {
            Category category = categoryCode == null ? null : Intake.categoryByCode(s, categoryCode);
            if (category == null) {
                throw new ActionRefusedException("refused.noCategory", categoryCode == null ? "" : categoryCode);
            }
            intake.register(s, e, category, actor, note, false);
            return e;
        });
    }

    /** Who should handle the event: by the dispatch rules, else by the difficulty of its category. Changes nothing. */
    public DispatchProposal proposeDispatch(long eventId) {
        return db.transact(s -> planner.propose(s, load(s, eventId)));
    }

    /**
     * Who would handle the event if it were classified as {@code categoryCode} (shown at the triage desk before
     * 立案并派遣). Changes nothing; an unknown code proposes no one, saying why.
     */
    public DispatchProposal proposeDispatch(long eventId, String categoryCode) {
        return db.transact(s -> planner.propose(s, load(s, eventId),
                categoryCode == null ? null : Intake.categoryByCode(s, categoryCode)));
    }

    /**
     * 派遣 (or re-dispatch of a returned event) to {@code leadUnitId}, with co-handlers (协办) replacing any earlier
     * ones. Refused when someone else changed the event since {@code expectedVersion}.
     */
    public Event dispatch(long eventId, long expectedVersion, long leadUnitId, List<Long> coHandlerIds,
                          String actor, String note) {
        return dispatch(eventId, expectedVersion, leadUnitId, coHandlerIds, actor, note, null);
    }

    /**
     * As {@link #dispatch(long, long, long, List, String, String)}, with {@code why} the system dispatches it
     * (e.g. an emergency plan's task), stored as a phrase the history words in each reader's language.
     */
    public Event dispatch(long eventId, long expectedVersion, long leadUnitId, List<Long> coHandlerIds,
                          String typedActor, String note, Phrase why) {
        String actor = permissions.require(UseCase.DISPATCH, typedActor);
        return changes.change(eventId, expectedVersion, actor, (s, e) -> {
            Unit lead = unit(s, leadUnitId);
            Set<Long> co = new LinkedHashSet<>(coHandlerIds == null ? List.of() : coHandlerIds);
            co.remove(leadUnitId);
            List<String> coNames = new ArrayList<>();
            for (Long id : co) {
                coNames.add(unit(s, id).getName());
            }
            e.assignLeadUnit(lead.getId());
            changes.apply(s, e, EventAction.DISPATCH, actor, note, lead.getId(),
                    StepParams.of("lead", lead.getName()).with("co", coNames).with("why", why));
            replaceCoHandlers(s, e, co);
            return e;
        });
    }

    /** 签收: the lead unit takes the task. */
    public Event accept(long eventId, long expectedVersion, String actor, String note) {
        return step(eventId, expectedVersion, actor, EventAction.ACCEPT, note, UseCase.ACCEPT);
    }

    /**
     * 派件退回: the unit says the event is not its duty. It goes back to the center's queue (RETURNED) with the
     * reason, without a lead unit, ready to be dispatched again.
     */
    public Event returnToCenter(long eventId, long expectedVersion, String typedActor, String reason) {
        String actor = permissions.require(UseCase.RETURN, typedActor);
        return changes.change(eventId, expectedVersion, actor, (s, e) -> {
            permissions.requireOwnUnit(UseCase.RETURN, e.getLeadUnitId());
            Long returning = e.getLeadUnitId();
            Unit unit = returning == null ? null : s.get(Unit.class, returning);
            changes.apply(s, e, EventAction.RETURN, actor, reason, returning,
                    StepParams.of("unit", unit == null ? null : unit.getName()));
            e.assignLeadUnit(null);
            replaceCoHandlers(s, e, Set.of());
            return e;
        });
    }

    /** 开始处置 (also after a rework order). */
    public Event start(long eventId, long expectedVersion, String actor, String note) {
        return step(eventId, expectedVersion, actor, EventAction.START, note, UseCase.START);
    }

    /** 处理反馈 without new photos (a 事项 that needs one must have it attached since the work started). */
    public Event feedback(long eventId, long expectedVersion, String actor, String note) {
        return feedback(eventId, expectedVersion, actor, note, List.of());
    }

    /**
     * 处理反馈: the unit reports the work done, in {@code note} (required), with photos of the site, stored in the
     * same transaction. Refused when the event's 事项 needs a photo and none comes with it or was attached since
     * the work started.
     */
    public Event feedback(long eventId, long expectedVersion, String actor, String note, List<SitePhoto> sitePhotos) {
        return withPhotos(eventId, expectedVersion, actor, EventAction.FEEDBACK, note, sitePhotos, UseCase.FEEDBACK);
    }

    /** 核查通过 without new photos. */
    public Event verify(long eventId, long expectedVersion, String actor, String note) {
        return verify(eventId, expectedVersion, actor, note, List.of());
    }

    /**
     * 核查通过: the grid worker confirmed on site, saying what they found in {@code note} (required), with photos
     * where the 事项 needs one (sent now, or attached since the handling report).
     */
    public Event verify(long eventId, long expectedVersion, String actor, String note, List<SitePhoto> sitePhotos) {
        return withPhotos(eventId, expectedVersion, actor, EventAction.VERIFY, note, sitePhotos, UseCase.VERIFY);
    }

    /** 核查不通过 → 返工: back to the unit with the reason. */
    public Event reject(long eventId, long expectedVersion, String actor, String reason) {
        return step(eventId, expectedVersion, actor, EventAction.REJECT, reason, UseCase.VERIFY);
    }

    /** 结案 */
    public Event close(long eventId, long expectedVersion, String actor, String note) {
        return step(eventId, expectedVersion, actor, EventAction.CLOSE, note, UseCase.CLOSE);
    }

    /**
     * 回访评价: the reporter's satisfaction with a closed event. A dissatisfied rating needs the reporter's words
     * ({@code note}) and reopens the event for rework (a RATE line, then a REOPEN line) with a new handling limit.
     */
    public Event rate(long eventId, long expectedVersion, Satisfaction satisfaction, String typedActor, String note) {
        String actor = permissions.require(UseCase.RETURN_VISIT, typedActor);
        return changes.change(eventId, expectedVersion, actor,
                (s, e) -> visits.rate(s, e, satisfaction, actor, note));
    }

    /**
     * 回访未接通: a return-visit call that reached nobody. After the number of tries the center allows
     * ({@link ReturnVisitRule}) the visit ends as not reachable.
     */
    public Event noAnswer(long eventId, long expectedVersion, String typedActor, String note) {
        String actor = permissions.require(UseCase.RETURN_VISIT, typedActor);
        return changes.change(eventId, expectedVersion, actor, (s, e) -> visits.noAnswer(s, e, actor, note));
    }

    /** 重新办理 of a closed event (e.g. the problem came back): back to its lead unit, with a new handling limit. */
    public Event reopen(long eventId, long expectedVersion, String typedActor, String reason) {
        String actor = permissions.require(UseCase.RETURN_VISIT, typedActor);
        return changes.change(eventId, expectedVersion, actor, (s, e) -> visits.reopen(s, e, actor, reason, false));
    }

    /**
     * Merges the duplicate into {@code intoId} (confirming a {@link #duplicatesOf} proposal). The duplicate ends
     * MERGED and points to the other; the other gets a note line and keeps its state.
     */
    public Event merge(long duplicateId, long expectedVersion, long intoId, String typedActor, String reason) {
        String actor = permissions.require(UseCase.MERGE, typedActor);
        if (duplicateId == intoId) {
            throw new ActionRefusedException("refused.mergeSelf");
        }
        return changes.change(duplicateId, expectedVersion, actor, (s, e) -> {
            Event into = load(s, intoId);
            if (!into.getState().isOpen()) {
                throw new ActionRefusedException("refused.mergeTargetClosed", into.getNumber(), into.getState());
            }
            changes.apply(s, e, EventAction.MERGE, actor, reason, null, StepParams.of("into", into.getNumber()));
            e.mergeInto(into.getId());
            changes.record(s, into, EventStep.NOTE, into.getState(), actor, null, null,
                    StepParams.of("absorbed", e.getNumber()), clock.instant());
            return e;
        });
    }

    /** 作废 with a reason. */
    public Event cancel(long eventId, long expectedVersion, String actor, String reason) {
        return step(eventId, expectedVersion, actor, EventAction.CANCEL, reason, UseCase.CANCEL);
    }

    /**
     * 一键督办 of an event that is near due (yellow) or overdue (red): records it, counts it, notifies the lead
     * unit and escalates the lead one level (community → street section → district department).
     */
    public SupervisionResult supervise(long eventId, long expectedVersion, String typedActor, String note) {
        String actor = permissions.require(UseCase.SUPERVISE, typedActor);
        return changes.change(eventId, expectedVersion, actor, (s, e) -> supervision.supervise(s, e, actor, note));
    }

    /** The event as it is now. */
    public Event find(long eventId) {
        return db.transact(s -> load(s, eventId));
    }

    /** The event with this number (e.g. SJ20261124-1001), or null. */
    public Event findByNumber(String number) {
        return db.transact(s -> s.createSelectionQuery("from Event e where e.number = :n", Event.class)
                .setParameter("n", number == null ? "" : number.strip()).getResultStream().findFirst().orElse(null));
    }

    /** The countdown of the event's handling limit on the application clock, or null when it has none. */
    public TimeLimit.Countdown countdown(Event event) {
        return TimeLimit.ofHandling(event, clock.instant());
    }

    /** Every step of the event, oldest first. */
    public List<EventTransition> history(long eventId) {
        return db.transact(s -> s.createSelectionQuery("from EventTransition t where t.eventId = :id "
                + "order by t.at, t.id", EventTransition.class).setParameter("id", eventId).getResultList());
    }

    /** Who was notified about the event (supervision, escalation), oldest first. */
    public List<EventNotice> notices(long eventId) {
        return db.transact(s -> s.createSelectionQuery("from EventNotice n where n.eventId = :id "
                + "order by n.sentAt, n.id", EventNotice.class).setParameter("id", eventId).getResultList());
    }

    /** The co-handling units of the current dispatch. */
    public List<UnitRef> coHandlers(long eventId) {
        return db.transact(s -> s.createSelectionQuery("select u from Unit u, CoHandler c where c.unitId = u.id "
                        + "and c.eventId = :id order by u.code", Unit.class).setParameter("id", eventId)
                .getResultList().stream().map(UnitRef::of).toList());
    }

    /** Possible duplicates: same category within 200 m and 24 h, still open. Proposals only: see {@link #merge}. */
    public List<DuplicateCandidate> duplicatesOf(long eventId) {
        return duplicatesOf(eventId, DUPLICATE_DISTANCE_M, DUPLICATE_WINDOW);
    }

    /** Possible duplicates within {@code meters} and {@code window} of the event. */
    public List<DuplicateCandidate> duplicatesOf(long eventId, double meters, Duration window) {
        return db.transact(s -> duplicates.find(s, load(s, eventId), meters, window));
    }

    /** One page (from 0) of the event queue, what needs action now first ({@link ActionOrder}). */
    public EventQueuePage queue(EventQueueFilter filter, int page, int size) {
        return queue.page(filter == null ? EventQueueFilter.OPEN : filter, page, size);
    }

    /**
     * The event as a queue line shows it, whatever its state: its 事项, areas and lead unit by name (for a detail
     * that must not wait for the queue to list it). Null when there is no such event.
     */
    public EventQueueRow summary(long eventId) {
        return queue.row(eventId);
    }

    private Event step(long eventId, long expectedVersion, String typedActor, EventAction action, String note,
                       UseCase useCase) {
        String actor = permissions.require(useCase, typedActor);
        return changes.change(eventId, expectedVersion, actor, (s, e) -> {
            permissions.requireOwnUnit(useCase, e.getLeadUnitId());
            changes.apply(s, e, action, actor, note, null, null);
            return e;
        });
    }

    private Event withPhotos(long eventId, long expectedVersion, String typedActor, EventAction action, String note,
                             List<SitePhoto> sitePhotos, UseCase useCase) {
        String actor = permissions.require(useCase, typedActor);
        List<SitePhoto> sent = sitePhotos == null ? List.of() : List.copyOf(sitePhotos);
        return changes.change(eventId, expectedVersion, actor, (s, e) -> {
            permissions.requireOwnUnit(useCase, e.getLeadUnitId());
            // the state and the note first: a wrong step is refused as such, not as a missing photo
            changes.machine().next(e.getState(), action, note);
            Instant now = clock.instant();
            photos.store(s, e, action, sent, actor, now);
            changes.apply(s, e, action, actor, note, null,
                    StepParams.of("photos", sent.stream().map(SitePhoto::fileName).toList()));
            return e;
        });
    }

    private void replaceCoHandlers(Session s, Event e, Set<Long> unitIds) {
        s.createMutationQuery("delete from CoHandler c where c.eventId = :id").setParameter("id", e.getId())
                .executeUpdate();
        for (Long id : unitIds) {
            s.persist(new CoHandler(changes.newId(s), e.getId(), id, clock.instant()));
        }
    }

    private static Event load(Session s, long eventId) {
        Event e = s.get(Event.class, eventId);
        if (e == null) {
            throw new ActionRefusedException("refused.noEvent", eventId);
        }
        return e;
    }

    private static Unit unit(Session s, long unitId) {
        Unit u = s.get(Unit.class, unitId);
        if (u == null) {
            throw new ActionRefusedException("refused.noUnit", unitId);
        }
        return u;
    }
}

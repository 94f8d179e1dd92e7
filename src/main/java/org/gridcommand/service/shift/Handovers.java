package org.gridcommand.service.shift;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.shift.DutySlot;
import org.gridcommand.domain.shift.Handover;
import org.gridcommand.domain.shift.HandoverItem;
import org.gridcommand.domain.shift.ShiftPlan;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.event.ActionRefusedException;
import org.gridcommand.store.Database;
import org.gridcommand.store.shift.HandoverStore;
import org.gridcommand.store.shift.RosterStore;

/**
 * 交接班: the outgoing officer prepares the pack (generated from the data at that moment, with their notes), the
 * incoming officer acknowledges each item and takes the shift over; a 值班长 may override with a reason. Every
 * step is kept (append-only) and the log can be searched and printed.
 */
public final class Handovers {
    static final int MAX_TEXT = 4000;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final HandoverStore store;
    private final RosterStore roster;
    private final Clock clock;
    private final Permissions permissions;

    public Handovers(Database db, Clock clock, Permissions permissions) {
        this.store = new HandoverStore(db);
        this.roster = new RosterStore(db);
        this.clock = clock;
        this.permissions = permissions;
    }

    /**
     * The outgoing officer hands over the shift on now: the pack lists what the next shift must know, read now.
     * Preparing again (more happened) makes a new pack; the newest one is the one taken over.
     *
     * @throws ActionRefusedException when no shift is on, the shift was taken over already, or the notes are too
     *                                long
     */
    public Handover prepare(String notes) {
        String outgoing = permissions.require(UseCase.WATCH, null);
        checkLength(notes);
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        ShiftPlan plan = roster.plan();
        DutySlot slot = plan.slotAt(now, zone).orElseThrow(() -> new ActionRefusedException("shift.noShiftNow"));
        Optional<Handover> latest = store.latest(slot.date(), slot.shift().code());
        if (latest.isPresent() && latest.get().takenOver()) {
            throw taken(latest.get());
        }
        Instant nextEnd = plan.next(slot, zone).map(n -> n.end(zone)).orElse(slot.end(zone));
        return store.prepare(slot, slot.start(zone), nextEnd, outgoing, notes, now);
    }

    /** The handover prepared last, taken over or not (what the watch panel shows). */
    public Optional<Handover> latest() {
        return store.newest();
    }

    /** The newest handover not taken over yet (what the incoming officer works on), if any. */
    public Optional<Handover> waiting() {
        return store.newest().filter(h -> !h.takenOver());
    }

    public Optional<Handover> find(long id) {
        return store.find(id);
    }

    /**
     * The incoming officer acknowledges items of the pack (one, several, or every one left).
     *
     * @throws ActionRefusedException when the handover was taken over, or the outgoing officer tries
     */
    public Handover acknowledge(long handoverId, List<Long> itemIds) {
        String by = permissions.require(UseCase.WATCH, null);
        Handover h = open(handoverId);
        if (h.outgoing().equals(by)) {
            throw new ActionRefusedException("handover.selfTakeOver", by);
        }
        return store.acknowledge(handoverId, itemIds, by, clock.instant());
    }

    /** Acknowledges every item not acknowledged yet. */
    public Handover acknowledgeAll(long handoverId) {
        Handover h = open(handoverId);
        return acknowledge(handoverId, h.items().stream().filter(i -> !i.acknowledged()).map(HandoverItem::id)
                .toList());
    }

    /**
     * The incoming officer takes the shift over once every item is acknowledged.
     *
     * @throws ActionRefusedException naming how many items wait, or who took over first
     */
    public Handover takeOver(long handoverId) {
        String by = permissions.require(UseCase.WATCH, null);
        Handover h = open(handoverId);
        if (h.outgoing().equals(by)) {
            throw new ActionRefusedException("handover.selfTakeOver", by);
        }
        if (h.unacknowledged() > 0) {
            throw new ActionRefusedException("handover.notAllAcknowledged", h.unacknowledged());
        }
        return store.takeOver(handoverId, by, clock.instant(), null)
                .orElseThrow(() -> taken(store.find(handoverId).orElseThrow()));
    }

    /**
     * A 值班长 lets the shift be taken over before every item is acknowledged; the reason is kept in the log.
     *
     * @throws ActionRefusedException without a reason, or when it was taken over already
     */
    public Handover override(long handoverId, String reason) {
        String by = permissions.require(UseCase.HANDOVER_OVERRIDE, null);
        if (reason == null || reason.isBlank()) {
            throw new ActionRefusedException("handover.reasonRequired");
        }
        checkLength(reason);
        open(handoverId);
        return store.takeOver(handoverId, by, clock.instant(), reason.strip())
                .orElseThrow(() -> taken(store.find(handoverId).orElseThrow()));
    }

    /**
     * The handover log, newest first: dates from {@code from} to {@code to}; shift, officer and text may be null.
     */
    public List<Handover> search(LocalDate from, LocalDate to, String shiftCode, String officer, String text) {
        return store.search(from, to, shiftCode, officer, text, 500);
    }

    /** The handover as a printable PDF in the reader's language, with the Chinese font embedded. */
    public void print(Handover h, Locale locale, OutputStream out) throws IOException {
        ShiftPlan plan = roster.plan();
        new HandoverPdf(new ShiftWords(locale), clock.getZone()).write(h,
                plan.shift(h.shiftCode()).map(s -> s.name() + " " + s.hours()).orElse(h.shiftCode()), out);
    }

    private Handover open(long handoverId) {
        Handover h = store.find(handoverId)
                .orElseThrow(() -> new ActionRefusedException("handover.noHandover", handoverId));
        if (h.takenOver()) {
            throw taken(h);
        }
        return h;
    }

    private ActionRefusedException taken(Handover h) {
        return new ActionRefusedException("handover.alreadyTaken", h.takenBy(),
                MINUTE.format(h.takenAt().atZone(clock.getZone())));
    }

    private static void checkLength(String text) {
        if (text != null && text.strip().length() > MAX_TEXT) {
            throw new ActionRefusedException("handover.textTooLong", MAX_TEXT, text.strip().length());
        }
    }
}

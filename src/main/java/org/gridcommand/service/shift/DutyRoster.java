package org.gridcommand.service.shift;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.shift.DutySlot;
import org.gridcommand.domain.shift.RosterEntry;
import org.gridcommand.domain.shift.ShiftPlan;
import org.gridcommand.domain.shift.SwapRequest;
import org.gridcommand.domain.shift.SwapStatus;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.event.ActionRefusedException;
import org.gridcommand.store.Database;
import org.gridcommand.store.account.AccountStore;
import org.gridcommand.store.account.StoredAccount;
import org.gridcommand.store.shift.RosterStore;
import org.gridcommand.store.shift.SwapStore;

/**
 * The duty roster (值班表): the shifts of the day, who is on each shift of each date, and swaps (换班) that an
 * officer asks for and the 值班长 approves or refuses. Reading is open to every signed-in console; changes are
 * checked against {@link UseCase#ROSTER} (the roster, decisions) and {@link UseCase#WATCH} (asking for a swap).
 */
public final class DutyRoster {
    static final int MAX_REASON = 500;
    private final RosterStore roster;
    private final SwapStore swaps;
    private final AccountStore accounts;
    private final Clock clock;
    private final Permissions permissions;

    public DutyRoster(Database db, Clock clock, Permissions permissions) {
        this.roster = new RosterStore(db);
        this.swaps = new SwapStore(db);
        this.accounts = new AccountStore(db);
        this.clock = clock;
        this.permissions = permissions;
    }

    /** The center's zone: shift hours are wall-clock hours there. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public ShiftPlan plan() {
        return roster.plan();
    }

    /** The shift on now (application clock). */
    public Optional<DutySlot> now() {
        return plan().slotAt(clock.instant(), zone());
    }

    /** Today by the application clock, in the center's zone. */
    public LocalDate today() {
        return clock.instant().atZone(zone()).toLocalDate();
    }

    /** The roster from {@code from} to {@code to} (both included): a day, a month. */
    public List<RosterEntry> roster(LocalDate from, LocalDate to) {
        return roster.roster(from, to);
    }

    public Optional<RosterEntry> entry(LocalDate date, String shiftCode) {
        return roster.entry(date, shiftCode);
    }

    /**
     * Puts a 值班长 and officers on a shift of a date, replacing what it had.
     *
     * @throws ActionRefusedException when the shift does not exist, the leader is not a 值班长, an officer cannot
     *                                keep a watch, or there is no officer; nothing changes then
     */
    public RosterEntry put(LocalDate date, String shiftCode, String leader, List<String> officers) {
        permissions.require(UseCase.ROSTER, null);
        if (plan().shift(shiftCode).isEmpty()) {
            throw new ActionRefusedException("shift.noSuchShift", shiftCode);
        }
        if (!holds(leader, AccountRole.SHIFT_LEADER)) {
            throw new ActionRefusedException("shift.notLeader", leader);
        }
        List<String> cleaned = officers.stream().map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
        if (cleaned.isEmpty()) {
            throw new ActionRefusedException("shift.noOfficer");
        }
        for (String o : cleaned) {
            requireWatchKeeper(o);
        }
        RosterEntry entry = new RosterEntry(0, date, shiftCode, leader.strip(), cleaned);
        long id = roster.put(entry);
        return new RosterEntry(id, date, shiftCode, entry.leader(), cleaned);
    }

    /**
     * The signed-in officer asks to hand the shift of {@code date} to {@code to}; the 值班长 decides.
     *
     * @throws ActionRefusedException when the officer is not on that shift, {@code to} cannot keep a watch or is
     *                                the officer, or the reason is too long
     */
    public SwapRequest requestSwap(LocalDate date, String shiftCode, String to, String reason) {
        String from = permissions.require(UseCase.WATCH, null);
        String target = to == null ? "" : to.strip();
        if (target.equals(from)) {
            throw new ActionRefusedException("shift.swapSelf");
        }
        RosterEntry entry = roster.entry(date, shiftCode).filter(e -> e.lists(from)).orElseThrow(() ->
                new ActionRefusedException("shift.swapNotOnRoster", from, date.toString(), shiftName(shiftCode)));
        requireWatchKeeper(target);
        String why = reason == null ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw new ActionRefusedException("shift.swapReasonTooLong", MAX_REASON, why.length());
        }
        return swaps.request(new SwapRequest(0, entry.date(), shiftCode, from, target, why, clock.instant(),
                SwapStatus.PENDING, null, null));
    }

    /** Swap requests waiting for the 值班长. */
    public List<SwapRequest> pendingSwaps() {
        return swaps.pending();
    }

    /**
     * The 值班长 approves (the roster changes at once) or refuses a pending request.
     *
     * @throws ActionRefusedException when it was decided meanwhile
     */
    public SwapRequest decideSwap(long swapId, boolean approve) {
        String by = permissions.require(UseCase.ROSTER, null);
        return swaps.decide(swapId, approve ? SwapStatus.APPROVED : SwapStatus.REFUSED, by, clock.instant())
                .orElseThrow(() -> new ActionRefusedException("shift.swapDecided"));
    }

    /** The shift's name as the roster calls it (白班), or its code when unknown. */
    String shiftName(String code) {
        return plan().shift(code).map(s -> s.name()).orElse(code);
    }

    private void requireWatchKeeper(String login) {
        if (!holds(login, AccountRole.DUTY_OFFICER) && !holds(login, AccountRole.SHIFT_LEADER)) {
            throw new ActionRefusedException("shift.notOfficer", login);
        }
    }

    private boolean holds(String login, AccountRole role) {
        Optional<Account> a = accounts.find(login).map(StoredAccount::account);
        return a.isPresent() && !a.get().disabled() && a.get().holds(role);
    }
}

package org.gridcommand.service.shift;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.shift.DutySign;
import org.gridcommand.domain.shift.DutySlot;
import org.gridcommand.domain.shift.ShiftPlan;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.event.ActionRefusedException;
import org.gridcommand.store.Database;
import org.gridcommand.store.shift.DutySignStore;
import org.gridcommand.store.shift.RosterStore;

/**
 * 签到 / 签退: the signed-in officer starts and ends a shift, recorded with the application clock. An officer who
 * comes in up to an hour before a shift they are on the roster for signs in to that shift; otherwise to the shift
 * on now. Signing in without being on the roster is allowed (someone covers) and recorded as such.
 */
public final class DutySignIns {
    /** How early an officer on the roster of the next shift may sign in to it. */
    static final Duration EARLY = Duration.ofHours(1);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private final DutySignStore signs;
    private final RosterStore roster;
    private final Clock clock;
    private final Permissions permissions;

    public DutySignIns(Database db, Clock clock, Permissions permissions) {
        this.signs = new DutySignStore(db);
        this.roster = new RosterStore(db);
        this.clock = clock;
        this.permissions = permissions;
    }

    /**
     * Signs the signed-in officer in to their shift.
     *
     * @throws ActionRefusedException when the officer is still signed in, or no shift is on
     */
    public DutySign signIn() {
        String login = permissions.require(UseCase.WATCH, null);
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        ShiftPlan plan = roster.plan();
        DutySlot current = plan.slotAt(now, zone).orElseThrow(() -> new ActionRefusedException("shift.noShiftNow"));
        DutySlot slot = current;
        boolean onRoster = onRoster(current, login);
        Optional<DutySlot> next = plan.next(current, zone);
        if (!onRoster && next.isPresent() && !now.plus(EARLY).isBefore(next.get().start(zone))
                && onRoster(next.get(), login)) {
            slot = next.get();
            onRoster = true;
        }
        DutySlot chosen = slot;
        return signs.signIn(login, chosen.date(), chosen.shift().code(), now, onRoster).orElseThrow(() -> {
            DutySign open = signs.open(login).orElseThrow();
            return new ActionRefusedException("shift.alreadySignedIn", HOUR.format(open.signedInAt().atZone(zone)),
                    open.date().toString(), plan.shift(open.shiftCode()).map(s -> s.name()).orElse(open.shiftCode()));
        });
    }

    /**
     * Signs the signed-in officer out of the shift they signed in to.
     *
     * @throws ActionRefusedException when they are not signed in
     */
    public DutySign signOut() {
        String login = permissions.require(UseCase.WATCH, null);
        return signs.signOut(login, clock.instant())
                .orElseThrow(() -> new ActionRefusedException("shift.notSignedIn"));
    }

    /** The officer's open sign-in, if any (no check: anyone may see whether they are signed in). */
    public Optional<DutySign> openSignIn(String login) {
        return signs.open(login);
    }

    /** Every sign-in of the dates from {@code from} to {@code to}. */
    public List<DutySign> signs(LocalDate from, LocalDate to) {
        return signs.signs(from, to);
    }

    private boolean onRoster(DutySlot slot, String login) {
        return roster.entry(slot.date(), slot.shift().code()).map(e -> e.lists(login)).orElse(false);
    }
}

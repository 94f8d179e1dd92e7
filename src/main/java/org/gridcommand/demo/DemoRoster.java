package org.gridcommand.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.shift.DutySlot;
import org.gridcommand.domain.shift.RosterEntry;
import org.gridcommand.domain.shift.ShiftPlan;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.store.account.AccountStore;
import org.gridcommand.store.shift.RosterStore;

/**
 * The demo city's duty roster (值班表): two more duty officers and two more shift leaders beside the demo accounts
 * (README, "Shifts and handover"), and three shifts a day from two weeks before the demo's "now" to a month after.
 * The demo officer {@code duty} is on the shift on now and {@code duty2} on the next one, so that a handover can be
 * tried at once; the people rotate from there.
 */
final class DemoRoster {
    static final List<DemoAccounts.DemoLogin> MORE_LOGINS = List.of(
            new DemoAccounts.DemoLogin("duty2", "duty2026", "李娜", AccountRole.DUTY_OFFICER),
            new DemoAccounts.DemoLogin("duty3", "duty2026", "张伟", AccountRole.DUTY_OFFICER),
            new DemoAccounts.DemoLogin("leader2", "leader2026", "黄敏", AccountRole.SHIFT_LEADER),
            new DemoAccounts.DemoLogin("leader3", "leader2026", "何军", AccountRole.SHIFT_LEADER));
    private static final List<String> OFFICERS = List.of("duty", "duty2", "duty3");
    private static final List<String> LEADERS = List.of("leader", "leader2", "leader3");

    private final PasswordHashes hashes;

    DemoRoster(PasswordHashes hashes) {
        this.hashes = hashes;
    }

    /** Writes the accounts and the roster on {@code c}, inside the demo city's transaction (after the accounts). */
    void write(Connection c, LongSupplier ids, Instant now, ZoneId zone) throws SQLException {
        for (DemoAccounts.DemoLogin l : MORE_LOGINS) {
            AccountStore.insert(c, ids.getAsLong(), new Account(0, l.loginName(), l.displayName(), Set.of(l.role()),
                    null, false, 0, null), hashes.hash(l.password()), now);
        }
        ShiftPlan plan = RosterStore.planOn(c);
        if (plan.shifts().isEmpty()) {
            return;
        }
        DutySlot current = plan.slotAt(now, zone).orElseThrow();
        LocalDate today = current.date();
        int perDay = plan.shifts().size();
        int currentIndex = plan.shifts().indexOf(current.shift());
        for (int day = -14; day <= 31; day++) {
            LocalDate date = today.plusDays(day);
            for (int s = 0; s < perDay; s++) {
                int k = Math.floorMod(day * perDay + s - currentIndex, OFFICERS.size());
                RosterStore.put(c, new RosterEntry(0, date, plan.shifts().get(s).code(), LEADERS.get(k),
                        List.of(OFFICERS.get(k))), ids.getAsLong());
            }
        }
    }
}

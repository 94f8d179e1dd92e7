package org.gridcommand.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.store.account.AccountStore;

/**
 * One demo account per role, so that every part of the watch floor can be tried in the demo city. The names and
 * passwords are public (README, "Accounts and roles"): a real deployment creates its own and disables these.
 */
final class DemoAccounts {
    /** A demo sign-in: login name, password, display name (the person only: the console words the role), role. */
    record DemoLogin(String loginName, String password, String displayName, AccountRole role) {
    }

    /** The unit the demo unit operator works for: the city management bureau, which leads the most events. */
    static final String OPERATOR_UNIT_CODE = "CGJ";

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("duty", "duty2026", "王磊", AccountRole.DUTY_OFFICER),
            new DemoLogin("leader", "leader2026", "陈静", AccountRole.SHIFT_LEADER),
            new DemoLogin("unit", "unit2026", "刘洋", AccountRole.UNIT_OPERATOR),
            new DemoLogin("commander", "commander2026", "赵刚", AccountRole.COMMANDER),
            new DemoLogin("trainer", "trainer2026", "孙敏", AccountRole.TRAINER),
            new DemoLogin("admin", "admin2026", "周涛", AccountRole.ADMINISTRATOR),
            new DemoLogin("viewer", "viewer2026", "吴芳", AccountRole.VIEWER));

    private final PasswordHashes hashes;

    DemoAccounts(PasswordHashes hashes) {
        this.hashes = hashes;
    }

    /** Writes the accounts on {@code c}, inside the demo city's transaction (after its units). */
    void write(Connection c, LongSupplier ids, Instant at) throws SQLException {
        Long unitId = unitId(c);
        for (DemoLogin l : LOGINS) {
            Long unit = l.role() == AccountRole.UNIT_OPERATOR ? unitId : null;
            AccountStore.insert(c, ids.getAsLong(), new Account(0, l.loginName(), l.displayName(), Set.of(l.role()),
                    unit, false, 0, null), hashes.hash(l.password()), at);
        }
    }

    private static Long unitId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM unit WHERE code = ?")) {
            ps.setString(1, OPERATOR_UNIT_CODE);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("demo city has no unit " + OPERATOR_UNIT_CODE);
                }
                return rs.getLong(1);
            }
        }
    }
}

package org.gridcommand.cli;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.store.Database;

/**
 * The accounts a command-line test signs in with: a commander ({@code 指挥长王}) and an administrator
 * ({@code admin}), both with {@link #PASSWORD}; and the environment a script sets for one of them.
 */
public final class CliAccounts {
    public static final String PASSWORD = "Watch-Floor-1";
    public static final String COMMANDER = "指挥长王";
    public static final String ADMIN = "admin";

    private CliAccounts() {
    }

    /** Adds the commander and the administrator to {@code db}. */
    public static void create(Database db) {
        create(new AccountService(db, Clock.systemUTC(), new PasswordHashes()));
    }

    /** Adds the commander and the administrator through {@code accounts}. */
    public static void create(AccountService accounts) {
        accounts.create(COMMANDER, "王指挥", Set.of(AccountRole.COMMANDER), null, PASSWORD.toCharArray());
        accounts.create(ADMIN, "管理员", Set.of(AccountRole.ADMINISTRATOR), null, PASSWORD.toCharArray());
    }

    /** The environment of a script that gives the password: {@code GRIDCOMMAND_PASSWORD}. */
    public static Map<String, String> withPassword() {
        return Map.of("GRIDCOMMAND_PASSWORD", PASSWORD);
    }
}

package org.gridcommand.service;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.store.Database;

/**
 * A backend over a test database with a person of one role signed in, as at a console: the services a feature
 * gets from the composition root check that person (issue 12), so the tests act as the role the story is about.
 */
public final class SignedIn {
    private static final char[] PASSWORD = "Test-Pass-2026".toCharArray();

    private SignedIn() {
    }

    /** The services as the commander's console has them: activations, stand-down, stock. */
    public static Backend commander(Database db, Clock clock) {
        return as(AccountRole.COMMANDER, db, clock);
    }

    /** The services with an account of {@code role} (made on first use in this database) signed in. */
    public static Backend as(AccountRole role, Database db, Clock clock) {
        String login = "test-" + role.name().toLowerCase(Locale.ROOT);
        boolean exists = db.transact(s -> s.createNativeQuery("SELECT COUNT(*) FROM account WHERE login_name = ?1",
                Long.class).setParameter(1, login).getSingleResult()) > 0;
        if (!exists) {
            new AccountService(db, clock, new PasswordHashes()).create(login, login, Set.of(role), null, PASSWORD);
        }
        Backend backend = Backend.over(db, clock);
        backend.session().signIn(login, PASSWORD);
        return backend;
    }
}

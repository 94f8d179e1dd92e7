package org.gridcommand.service.account;

import java.util.Optional;
import org.gridcommand.domain.account.Account;

/**
 * Who is signed in on this console or command-line run: one person at a time, replaced when another person takes
 * the console over. The services ask it through {@link Permissions}; nothing else may set it than a sign-in with
 * the account's password.
 */
public final class WatchSession {
    private final AccountService accounts;
    private volatile Account current;

    public WatchSession(AccountService accounts) {
        this.accounts = accounts;
    }

    /**
     * Signs {@code loginName} in with its password, replacing whoever was signed in (a handover); a refused
     * sign-in leaves the session as it was.
     *
     * @throws SignInRefusedException saying why
     */
    public Account signIn(String loginName, char[] password) {
        Account a = accounts.signIn(loginName, password);
        current = a;
        return a;
    }

    /**
     * Signs in the account an administrator-issued token acts as (the command line's {@code GRIDCOMMAND_TOKEN}),
     * replacing whoever was signed in; a refused token leaves the session as it was.
     *
     * @throws SignInRefusedException for an unknown or revoked token, or a disabled account
     */
    public Account signInWithToken(TokenService tokens, String secret) {
        Account a = tokens.accountFor(secret);
        current = a;
        return a;
    }

    /** Nobody is signed in afterwards: every change is refused until someone signs in. */
    public void signOut() {
        current = null;
    }

    public Optional<Account> current() {
        return Optional.ofNullable(current);
    }
}

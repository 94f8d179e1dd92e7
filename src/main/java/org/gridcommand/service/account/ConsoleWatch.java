package org.gridcommand.service.account;

import java.time.Clock;
import java.util.Optional;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountChange;
import org.gridcommand.store.account.AccountTrailStore;

/**
 * The watch at one console as it changes hands: signing in, locking, unlocking with the same account's password,
 * handing over to another account, signing out. Each change is written to the account trail before the call
 * returns, so the console shows a new operator only once the trail holds the change. Blocking: call it off the FX
 * thread.
 */
public final class ConsoleWatch {
    /** Why a console was locked, as the trail records it. */
    public enum LockReason { IDLE, MANUAL }

    private final WatchSession session;
    private final AccountTrailStore trail;
    private final Clock clock;

    public ConsoleWatch(WatchSession session, AccountTrailStore trail, Clock clock) {
        this.session = session;
        this.trail = trail;
        this.clock = clock;
    }

    /** Who holds the console now. */
    public Optional<Account> current() {
        return session.current();
    }

    /**
     * Signs {@code loginName} in at a console where nobody is signed in (start of a watch, after a sign-out).
     *
     * @throws SignInRefusedException saying why (wrong password, locked, disabled)
     */
    public Account signIn(String loginName, char[] password) {
        Account a = session.signIn(loginName, password);
        trail.append(clock.instant(), a.loginName(), a.id(), AccountChange.SIGNED_IN, null);
        return a;
    }

    /** Records that the console was locked; the operator stays signed in (changes go on in their name). */
    public void lock(LockReason reason) {
        session.current().ifPresent(a -> trail.append(clock.instant(), a.loginName(), a.id(),
                AccountChange.LOCKED, reason.name()));
    }

    /**
     * Unlocks with the signed-in account's own password. A wrong password counts toward the account's lockout like
     * any sign-in; the account's roles are read again (an administrator may have changed them meanwhile).
     *
     * @throws SignInRefusedException saying why
     * @throws IllegalStateException  when nobody is signed in (the console then shows the sign-in form instead)
     */
    public Account unlock(char[] password) {
        Account holder = session.current().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
        Account a = session.signIn(holder.loginName(), password);
        trail.append(clock.instant(), a.loginName(), a.id(), AccountChange.UNLOCKED, null);
        return a;
    }

    /**
     * Another account takes the console over: it signs in with its own password and replaces the operator; the
     * trail names both. A refused sign-in leaves the console with its operator (still locked).
     *
     * @throws SignInRefusedException saying why
     */
    public Account handOver(String loginName, char[] password) {
        Optional<Account> before = session.current();
        Account a = session.signIn(loginName, password);
        if (before.isPresent() && before.get().id() == a.id()) {
            trail.append(clock.instant(), a.loginName(), a.id(), AccountChange.UNLOCKED, null);
        } else {
            trail.append(clock.instant(), a.loginName(), a.id(), AccountChange.HANDED_OVER,
                    before.map(Account::loginName).orElse(null));
        }
        return a;
    }

    /** Signs the operator out: every change is refused until someone signs in again. */
    public void signOut() {
        session.current().ifPresent(a -> trail.append(clock.instant(), a.loginName(), a.id(),
                AccountChange.SIGNED_OUT, null));
        session.signOut();
    }
}

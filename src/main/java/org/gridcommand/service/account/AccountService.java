package org.gridcommand.service.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.service.event.ActionRefusedException;
import org.gridcommand.store.Database;
import org.gridcommand.store.account.AccountStore;
import org.gridcommand.store.account.StoredAccount;

/**
 * Who may sign in: accounts, their Argon2id hashes, and the lockout — the fifth wrong password in a row locks the
 * account for 15 minutes on the application clock (so a drill's fast clock runs the lock out as fast). Blocking:
 * call it off the FX thread.
 */
public final class AccountService {
    public static final int LOCK_AFTER_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** At least this long, so a demo password such as "demo1234" passes but "1234" does not. */
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AccountStore store;
    private final Clock clock;
    private final PasswordHashes hashes;

    public AccountService(Database db, Clock clock, PasswordHashes hashes) {
        this.store = new AccountStore(db);
        this.clock = clock;
        this.hashes = hashes;
    }

    /**
     * Checks the name and password and returns the account. A wrong name and a wrong password get the same answer
     * (nobody learns which names exist); a locked account says until when, a disabled one says to ask the
     * administrator.
     *
     * @throws SignInRefusedException saying why, in words for the person
     */
    public Account signIn(String loginName, char[] password) {
        Optional<StoredAccount> found = store.find(loginName);
        if (found.isEmpty()) {
            hashes.checkDecoy(password == null ? "" : new String(password));
            throw new SignInRefusedException("signin.wrong");
        }
        Account a = found.get().account();
        Instant now = clock.instant();
        if (a.disabled()) {
            throw new SignInRefusedException("signin.disabled", a.loginName());
        }
        if (a.lockedAt(now)) {
            throw new SignInRefusedException("signin.locked", until(a.lockedUntil()));
        }
        if (!hashes.matches(password == null ? "" : new String(password), found.get().passwordHash())) {
            Account after = store.recordFailure(a.id(), LOCK_AFTER_FAILURES, now.plus(LOCK_DURATION));
            if (after.lockedAt(now)) {
                throw new SignInRefusedException("signin.locked", until(after.lockedUntil()));
            }
            throw new SignInRefusedException("signin.wrongLeft", LOCK_AFTER_FAILURES - after.failedAttempts());
        }
        store.recordSuccess(a.id());
        return new Account(a.id(), a.loginName(), a.displayName(), a.roles(), a.unitId(), false, 0, null);
    }

    /**
     * Creates an account (an administrator's use case; the caller checks the role). The login name must be new,
     * a unit operator needs its unit, the password at least {@link #MIN_PASSWORD_LENGTH} characters.
     */
    public Account create(String loginName, String displayName, Set<AccountRole> roles, Long unitId, char[] password) {
        String name = loginName == null ? "" : loginName.strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new ActionRefusedException("account.badName");
        }
        if (roles.isEmpty()) {
            throw new ActionRefusedException("account.noRole");
        }
        if (roles.contains(AccountRole.UNIT_OPERATOR) && unitId == null) {
            throw new ActionRefusedException("account.noUnit");
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new ActionRefusedException("account.shortPassword", MIN_PASSWORD_LENGTH);
        }
        if (store.find(name).isPresent()) {
            throw new ActionRefusedException("account.taken", name);
        }
        Account a = new Account(0, name, displayName == null || displayName.isBlank() ? name : displayName.strip(),
                roles, roles.contains(AccountRole.UNIT_OPERATOR) ? unitId : null, false, 0, null);
        long id = store.insert(a, hashes.hash(new String(password)), clock.instant());
        return new Account(id, a.loginName(), a.displayName(), a.roles(), a.unitId(), false, 0, null);
    }

    private String until(Instant lockedUntil) {
        return CLOCK_TIME.format(lockedUntil.atZone(clock.getZone()));
    }
}

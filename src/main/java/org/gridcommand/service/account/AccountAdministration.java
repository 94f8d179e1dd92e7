package org.gridcommand.service.account;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountChange;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.account.AccountTrailEntry;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.service.event.ActionRefusedException;
import org.gridcommand.service.event.UnitRef;
import org.gridcommand.service.event.queue.DispatchDirectory;
import org.gridcommand.store.Database;
import org.gridcommand.store.account.AccountStore;
import org.gridcommand.store.account.AccountTrailStore;

/**
 * The administrator's accounts: list, create, disable and enable, reset a password, change roles and unit. Every
 * call is checked ({@link UseCase#ACCOUNTS}: administrators only) and every change is written to the account trail
 * with who made it, in the same call, before it returns. An administrator cannot disable their own account or take
 * the administrator role from it (the console would be left without anyone to undo it). Blocking.
 */
public final class AccountAdministration {
    private final AccountStore store;
    private final AccountService accounts;
    private final AccountTrailStore trail;
    private final DispatchDirectory directory;
    private final PasswordHashes hashes;
    private final Permissions permissions;
    private final Clock clock;

    public AccountAdministration(Database db, AccountService accounts, PasswordHashes hashes,
                                 Permissions permissions, Clock clock) {
        this.store = new AccountStore(db);
        this.accounts = accounts;
        this.trail = new AccountTrailStore(db);
        this.directory = new DispatchDirectory(db);
        this.hashes = hashes;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Every account, by login name. */
    public List<Account> accounts() {
        permissions.require(UseCase.ACCOUNTS, null);
        return store.all();
    }

    /** The units a unit operator can act for. */
    public List<UnitRef> units() {
        permissions.require(UseCase.ACCOUNTS, null);
        return directory.units();
    }

    /** The newest changes to accounts and to who held which console, newest first. */
    public List<AccountTrailEntry> trail(int limit) {
        permissions.require(UseCase.ACCOUNTS, null);
        return trail.newest(limit);
    }

    /**
     * Creates an account that can sign in at once with {@code password}.
     *
     * @throws ActionRefusedException saying what to fix (name taken, no role, no unit, short password)
     */
    public Account create(String loginName, String displayName, Set<AccountRole> roles, Long unitId,
                          char[] password) {
        String admin = permissions.require(UseCase.ACCOUNTS, null);
        Account a = accounts.create(loginName, displayName, roles, unitId, password);
        trail.append(clock.instant(), admin, a.id(), AccountChange.CREATED, describe(a.roles(), a.unitId()));
        return a;
    }

    /** Disables (no sign-in, no unlock) or enables the account. */
    public void setDisabled(long accountId, boolean disabled) {
        String admin = permissions.require(UseCase.ACCOUNTS, null);
        Account a = existing(accountId);
        if (disabled && a.loginName().equals(admin)) {
            throw new ActionRefusedException("account.notYourself");
        }
        store.setDisabled(accountId, disabled);
        trail.append(clock.instant(), admin, accountId, disabled ? AccountChange.DISABLED : AccountChange.ENABLED,
                null);
    }

    /** Sets a new password (and lifts a lock from wrong passwords); the password itself is never recorded. */
    public void resetPassword(long accountId, char[] password) {
        String admin = permissions.require(UseCase.ACCOUNTS, null);
        existing(accountId);
        if (password == null || password.length < AccountService.MIN_PASSWORD_LENGTH) {
            throw new ActionRefusedException("account.shortPassword", AccountService.MIN_PASSWORD_LENGTH);
        }
        store.replacePassword(accountId, hashes.hash(new String(password)));
        trail.append(clock.instant(), admin, accountId, AccountChange.PASSWORD_RESET, null);
    }

    /** Replaces the account's roles and unit (a unit operator needs one; the others keep none). */
    public Account changeRoles(long accountId, Set<AccountRole> roles, Long unitId) {
        String admin = permissions.require(UseCase.ACCOUNTS, null);
        Account a = existing(accountId);
        if (roles.isEmpty()) {
            throw new ActionRefusedException("account.noRole");
        }
        if (roles.contains(AccountRole.UNIT_OPERATOR) && unitId == null) {
            throw new ActionRefusedException("account.noUnit");
        }
        if (a.loginName().equals(admin) && !roles.contains(AccountRole.ADMINISTRATOR)) {
            throw new ActionRefusedException("account.notYourself");
        }
        Long unit = roles.contains(AccountRole.UNIT_OPERATOR) ? unitId : null;
        store.replaceRoles(accountId, roles, unit);
        trail.append(clock.instant(), admin, accountId, AccountChange.ROLES_CHANGED, describe(roles, unit));
        return existing(accountId);
    }

    private Account existing(long accountId) {
        return store.byId(accountId).orElseThrow(
                () -> new ActionRefusedException("account.none", String.valueOf(accountId)));
    }

    /** The trail's detail: role names and unit id, as data (each console words it). */
    private static String describe(Set<AccountRole> roles, Long unitId) {
        Set<String> names = new TreeSet<>(roles.stream().map(Enum::name).toList());
        return String.join(",", names) + (unitId == null ? "" : ";unit=" + unitId);
    }
}

package org.gridcommand.domain.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in at a console or on the command line. The password's hash is not part of it: it stays in
 * the store and in the one class that checks it.
 *
 * @param unitId         the unit a {@link AccountRole#UNIT_OPERATOR} acts for; null for the others
 * @param failedAttempts wrong passwords in a row since the last successful sign-in
 * @param lockedUntil    no sign-in before this instant (application clock); null when not locked
 */
public record Account(long id, String loginName, String displayName, Set<AccountRole> roles, Long unitId,
                      boolean disabled, int failedAttempts, Instant lockedUntil) {
    public Account {
        Objects.requireNonNull(loginName, "loginName");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean holds(AccountRole role) {
        return roles.contains(role);
    }

    /** True while a lock from too many wrong passwords is still running at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}

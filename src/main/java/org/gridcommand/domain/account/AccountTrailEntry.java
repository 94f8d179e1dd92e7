package org.gridcommand.domain.account;

import java.time.Instant;

/**
 * One line of the account trail: at {@code at}, the account {@code actor} did {@code change} to (or as) the account
 * {@code accountLogin}, with {@code detail} as the change's own values (may be null).
 */
public record AccountTrailEntry(Instant at, String actor, String accountLogin, AccountChange change, String detail) {
}

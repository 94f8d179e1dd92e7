package org.gridcommand.store.account;

import org.gridcommand.domain.account.Account;

/** An account as the store holds it: with its password hash, which only the sign-in check reads. */
public record StoredAccount(Account account, String passwordHash) {
}

package org.gridcommand.domain.account;

/** What the account trail records: the watch changing hands at a console, and an administrator's changes. */
public enum AccountChange {
    /** Signed in at a console to start a watch. */
    SIGNED_IN,
    /** Took the console over from the operator who locked it (detail: that operator's login name). */
    HANDED_OVER,
    /** The console was locked (detail: IDLE or MANUAL). */
    LOCKED,
    /** The same operator unlocked the console with the password. */
    UNLOCKED,
    /** Signed out at a console. */
    SIGNED_OUT,
    /** An administrator created the account (detail: its roles and unit). */
    CREATED,
    /** An administrator disabled the account: it cannot sign in. */
    DISABLED,
    /** An administrator enabled the account again. */
    ENABLED,
    /** An administrator set a new password (never recorded itself). */
    PASSWORD_RESET,
    /** An administrator changed the roles or the unit (detail: the new roles and unit). */
    ROLES_CHANGED
}

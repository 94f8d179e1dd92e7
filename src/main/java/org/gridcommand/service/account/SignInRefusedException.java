package org.gridcommand.service.account;

import org.gridcommand.service.event.ActionRefusedException;

/** A sign-in refused: wrong name or password, a locked or a disabled account; worded in the reader's language. */
public final class SignInRefusedException extends ActionRefusedException {
    public SignInRefusedException(String key, Object... args) {
        super(key, args);
    }
}

package org.gridcommand.service.account;

import org.gridcommand.domain.event.Phrase;
import org.gridcommand.service.event.ActionRefusedException;

/** A change the signed-in account's roles do not allow; the reason names the roles that may make it. */
public final class NotPermittedException extends ActionRefusedException {
    public NotPermittedException(Phrase reason) {
        super(reason);
    }
}

package org.gridcommand.service.account;

import java.util.Optional;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.event.Phrase;

/**
 * What the account holding the console may do, asked before a screen offers an action (a button, a key, a menu
 * entry), so that nobody is offered a step the services would refuse. It asks the same {@link Permissions} the
 * services check, at the moment of asking: after a hand-over the next question is answered for the new account.
 */
public final class WatchRights {
    private final Permissions permissions;

    public WatchRights(Permissions permissions) {
        this.permissions = permissions;
    }

    /** May the account perform {@code useCase} at all (e.g. dispatch, activate a plan)? */
    public boolean may(UseCase useCase) {
        try {
            permissions.require(useCase, null);
            return true;
        } catch (NotPermittedException e) {
            return false;
        }
    }

    /**
     * Why the account may not perform {@code useCase} on an event led by {@code leadUnitId}, as the service would
     * say it (which roles may); empty when it may. For a key pressed for an action that is not offered.
     */
    public Optional<Phrase> refusal(UseCase useCase, Long leadUnitId) {
        try {
            permissions.require(useCase, null);
            permissions.requireOwnUnit(useCase, leadUnitId);
            return Optional.empty();
        } catch (NotPermittedException e) {
            return Optional.of(e.reason());
        }
    }

    /**
     * May the account perform {@code useCase} on an event led by {@code leadUnitId} (null: not dispatched)? A unit
     * operator may accept, return, start and report only on its own unit's events.
     */
    public boolean mayOn(UseCase useCase, Long leadUnitId) {
        return refusal(useCase, leadUnitId).isEmpty();
    }
}

package org.gridcommand.service.account;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.event.Phrase;

/**
 * The one place that decides whether the person signed in may perform a use case ({@link UseCase} holds the
 * role table), called by the services at the start of each change. It also names the actor the history records:
 * the signed-in account's login name, never text a caller typed.
 * <p>
 * {@link #system()} is for callers that are not a person at a console: the intake endpoint (its sender is
 * authenticated by token), the demo generator and bulk loads. It checks nothing and records the name the caller
 * gives; the composition root decides who gets it, no user can switch to it.
 */
public final class Permissions {
    private final Supplier<Optional<Account>> signedIn;

    private Permissions(Supplier<Optional<Account>> signedIn) {
        this.signedIn = signedIn;
    }

    /** Checks every change against whoever is signed in to {@code session} at that moment. */
    public static Permissions of(WatchSession session) {
        Objects.requireNonNull(session, "session");
        return new Permissions(session::current);
    }

    /** For system callers (see the class comment): nothing checked, the caller's actor recorded. */
    public static Permissions system() {
        return new Permissions(null);
    }

    /**
     * May the signed-in person perform {@code useCase} at all? Returns the actor to record: the account's login
     * name, or {@code systemActor} for a system caller.
     *
     * @throws NotPermittedException naming the roles that may, or asking to sign in first
     */
    public String require(UseCase useCase, String systemActor) {
        if (signedIn == null) {
            return systemActor;
        }
        Account a = signedIn.get().orElseThrow(() -> new NotPermittedException(Phrase.of("refused.signedOut")));
        if (a.roles().stream().noneMatch(useCase::allows)) {
            throw new NotPermittedException(Phrase.of("refused.role", Phrase.of("usecase." + useCase.name()),
                    roleNames(useCase), a.loginName()));
        }
        return a.loginName();
    }

    /**
     * For a use case on one event: a unit operator (without another role that may perform it) acts only on events
     * {@code leadUnitId} leads when it is its own unit. Call after {@link #require}, inside the change's
     * transaction, with the lead unit as the event has it now.
     *
     * @throws NotPermittedException when the event is another unit's
     */
    public void requireOwnUnit(UseCase useCase, Long leadUnitId) {
        if (signedIn == null || !useCase.ownUnitOnly()) {
            return;
        }
        Account a = signedIn.get().orElseThrow(() -> new NotPermittedException(Phrase.of("refused.signedOut")));
        boolean otherRole = a.roles().stream().anyMatch(r -> r != AccountRole.UNIT_OPERATOR && useCase.allows(r));
        if (!otherRole && (a.unitId() == null || !a.unitId().equals(leadUnitId))) {
            throw new NotPermittedException(Phrase.of("refused.otherUnit", Phrase.of("usecase." + useCase.name()),
                    roleNames(useCase)));
        }
    }

    private static List<Phrase> roleNames(UseCase useCase) {
        return useCase.allowedRoles().stream().map(r -> Phrase.of("role." + r.name())).toList();
    }
}

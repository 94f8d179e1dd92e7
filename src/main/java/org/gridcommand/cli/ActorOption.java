package org.gridcommand.cli;

import picocli.CommandLine.Option;

/**
 * The retired {@code --actor} of the commands that change something in someone's name: the history records the
 * signed-in account now ({@code --user} or a token, {@link DatabaseOptions#openSignedIn}), never a typed name. The
 * option stays, hidden, so that an old script gets a message pointing to --user instead of "unknown option".
 */
public final class ActorOption {
    @Option(names = "--actor", paramLabel = "NAME", hidden = true)
    String actor;

    /** @throws LoginProblem when --actor was given */
    void refuse() {
        if (actor != null) {
            throw new LoginProblem("login.actorRetired", CommandLogin.TOKEN_VARIABLE);
        }
    }
}

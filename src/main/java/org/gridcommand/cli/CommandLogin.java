package org.gridcommand.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import org.gridcommand.domain.account.Account;
import org.gridcommand.service.Backend;

/**
 * How a command that changes data acts as an account: {@code --user NAME} with the password from
 * {@code GRIDCOMMAND_PASSWORD}, else typed on the terminal without echo; or, without --user, the administrator-issued
 * token in {@code GRIDCOMMAND_TOKEN}. A wrong password counts toward the account's lockout like one at the console.
 */
final class CommandLogin {
    /** Where a command finds the account's password, and an administrator-issued token (named in messages). */
    static final String PASSWORD_VARIABLE = "GRIDCOMMAND_PASSWORD";
    static final String TOKEN_VARIABLE = "GRIDCOMMAND_TOKEN";

    private final Map<String, String> env;
    private final Console terminal;
    private final CliMessages messages;

    CommandLogin(Map<String, String> env, Console terminal, CliMessages messages) {
        this.env = env;
        this.terminal = terminal;
        this.messages = messages;
    }

    /**
     * Signs the command in on {@code backend}'s session.
     *
     * A wrong password, a locked or disabled account, an unknown or revoked token are refused by the session
     * (a refusal worded in the reader's language).
     *
     * @throws LoginProblem when there is neither --user nor a token, or no way to read the password
     */
    Account signIn(Backend backend, String user) {
        if (user != null && !user.isBlank()) {
            char[] password = password(user.strip());
            try {
                return backend.session().signIn(user.strip(), password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        String token = env.get(TOKEN_VARIABLE);
        if (token != null && !token.isBlank()) {
            return backend.session().signInWithToken(backend.tokens(), token.strip());
        }
        throw new LoginProblem("login.needed", PASSWORD_VARIABLE, TOKEN_VARIABLE);
    }

    private char[] password(String user) {
        String fromEnv = env.get(PASSWORD_VARIABLE);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        if (terminal == null) {
            throw new LoginProblem("login.noPassword", user, PASSWORD_VARIABLE, TOKEN_VARIABLE);
        }
        char[] typed = terminal.readPassword("%s", messages.get("login.prompt", user));
        if (typed == null) {
            throw new LoginProblem("login.noPassword", user, PASSWORD_VARIABLE, TOKEN_VARIABLE);
        }
        return typed;
    }
}

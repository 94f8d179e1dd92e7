package org.gridcommand.cli;

import java.util.List;

/**
 * A writing command that cannot act as an account (no --user and no token, no way to read the password, the
 * retired --actor): what to do, worded in the command line's language by {@link FriendlyErrors}.
 */
public final class LoginProblem extends RuntimeException {
    private final String key;
    private final transient List<Object> args;

    LoginProblem(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    /** The message in {@code messages}' language. */
    public String say(CliMessages messages) {
        return messages.get(key, args.toArray());
    }
}

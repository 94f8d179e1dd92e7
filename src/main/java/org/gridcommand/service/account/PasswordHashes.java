package org.gridcommand.service.account;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes (ADR 0020): a random salt per hash, the parameters inside the stored string, so they can
 * be raised later without invalidating older hashes. The clear password is never stored, logged or kept.
 */
public final class PasswordHashes {
    /** OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane; about 30-60 ms on one core here. */
    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    /** Checked against when the login name is unknown, so a wrong name costs as long as a wrong password. */
    private final String decoy = encoder.encode("decoy-for-unknown-names");

    public String hash(CharSequence password) {
        return encoder.encode(password);
    }

    public boolean matches(CharSequence password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }

    /** Spends the time of one check, for a login name that does not exist. */
    void checkDecoy(CharSequence password) {
        encoder.matches(password == null ? "" : password, decoy);
    }
}

package org.gridcommand.service.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.ApiToken;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.service.event.ActionRefusedException;
import org.gridcommand.store.Database;
import org.gridcommand.store.account.AccountStore;
import org.gridcommand.store.account.StoredAccount;
import org.gridcommand.store.account.TokenStore;

/**
 * Administrator-issued API tokens: named, shown once at issue, kept only as a SHA-256 hash (the secret is 256
 * random bits, so a fast hash is enough: there is nothing to guess), revocable, with the time each was last used.
 * A token acts either as an account (the command line, {@code GRIDCOMMAND_TOKEN}) or as one sending system of the
 * intake endpoint, bound to its channel. Issuing, listing and revoking are the administrator's (ACCOUNTS).
 */
public final class TokenService {
    /** Sending systems may report on these channels only (the hotline comes by file, duty officers at the console). */
    public static final List<Channel> SENDER_CHANNELS = List.of(Channel.GRID_WORKER, Channel.SENSOR,
            Channel.AI_CAMERA);
    private static final String PREFIX = "gct_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenStore tokens;
    private final AccountStore accounts;
    private final Clock clock;
    private final Permissions permissions;

    public TokenService(Database db, Clock clock, Permissions permissions) {
        this.tokens = new TokenStore(db);
        this.accounts = new AccountStore(db);
        this.clock = clock;
        this.permissions = permissions;
    }

    /** A token just issued: its secret, shown this once and never again. */
    public record IssuedToken(ApiToken token, String secret) {
    }

    /**
     * Issues a token that acts as the account {@code loginName} on the command line.
     *
     * @throws NotPermittedException   unless an administrator is signed in
     * @throws ActionRefusedException  for a blank or taken name, or an account that does not exist
     */
    public IssuedToken issueForAccount(String name, String loginName) {
        String by = permissions.require(UseCase.ACCOUNTS, "系统");
        String n = checkedName(name);
        StoredAccount account = accounts.find(loginName).orElseThrow(() ->
                new ActionRefusedException("token.noAccount", loginName == null ? "" : loginName.strip()));
        return issue(n, account.account().id(), null, by);
    }

    /**
     * Issues a token for one sending system of the intake endpoint: it may report on {@code channel} only.
     *
     * @throws NotPermittedException  unless an administrator is signed in
     * @throws ActionRefusedException for a blank or taken name, or a channel senders do not use
     */
    public IssuedToken issueForSender(String name, Channel channel) {
        String by = permissions.require(UseCase.ACCOUNTS, "系统");
        String n = checkedName(name);
        if (channel == null || !SENDER_CHANNELS.contains(channel)) {
            throw new ActionRefusedException("token.badChannel", String.valueOf(channel),
                    SENDER_CHANNELS.stream().map(Channel::name).sorted().collect(Collectors.joining(", ")));
        }
        return issue(n, null, channel, by);
    }

    private IssuedToken issue(String name, Long accountId, Channel channel, String by) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        tokens.insert(name, hash(secret), accountId, channel, clock.instant(), by);
        ApiToken stored = tokens.findByHash(hash(secret)).orElseThrow().token();
        return new IssuedToken(stored, secret);
    }

    private String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 60) {
            throw new ActionRefusedException("token.badName");
        }
        if (tokens.nameTaken(n)) {
            throw new ActionRefusedException("token.taken", n);
        }
        return n;
    }

    /** Every token (revoked ones too), newest first; never a secret. Administrator only. */
    public List<ApiToken> list() {
        permissions.require(UseCase.ACCOUNTS, "系统");
        return tokens.all();
    }

    /**
     * Revokes the token named {@code name}: from now on it is refused.
     *
     * @throws ActionRefusedException when there is no such token or it was revoked already
     */
    public void revoke(String name) {
        String by = permissions.require(UseCase.ACCOUNTS, "系统");
        String n = name == null ? "" : name.strip();
        if (!tokens.revoke(n, clock.instant(), by)) {
            throw new ActionRefusedException("token.unknown", n, "gridcommand token list");
        }
    }

    /**
     * The account a command-line token acts as; notes its use.
     *
     * @throws SignInRefusedException for an unknown or revoked token, a sender's token, or a disabled account
     */
    public Account accountFor(String secret) {
        TokenStore.Found found = live(secret).filter(f -> f.accountId() != null)
                .orElseThrow(() -> new SignInRefusedException("token.refused"));
        Account a = accounts.find(found.token().accountLogin()).orElseThrow(() ->
                new SignInRefusedException("token.refused")).account();
        if (a.disabled()) {
            throw new SignInRefusedException("signin.disabled", a.loginName());
        }
        tokens.touch(found.token().id(), clock.instant());
        return a;
    }

    /** The sending system a token belongs to (its name and channel), noting its use; empty when unknown or revoked. */
    public Optional<ApiToken> sender(String secret) {
        Optional<TokenStore.Found> found = live(secret);
        if (found.isEmpty() || found.get().accountId() != null) {
            return Optional.empty();
        }
        tokens.touch(found.get().token().id(), clock.instant());
        return Optional.of(found.get().token());
    }

    private Optional<TokenStore.Found> live(String secret) {
        if (secret == null || !secret.strip().startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByHash(hash(secret.strip())).filter(f -> !f.token().revoked());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

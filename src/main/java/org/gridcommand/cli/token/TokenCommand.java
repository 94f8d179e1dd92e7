package org.gridcommand.cli.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.cli.CliMessages;
import org.gridcommand.cli.CommandProblem;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.domain.account.ApiToken;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.service.Backend;
import org.gridcommand.service.account.TokenService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gridcommand token issue|list|revoke}: the administrator's API tokens — one that acts as an account on the
 * command line ({@code GRIDCOMMAND_TOKEN}), or one per sending system of the intake endpoint, bound to its channel.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "API tokens (administrator): issue, list, revoke.",
        subcommands = {TokenCommand.Issue.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
public final class TokenCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    static String when(Instant t, ZoneId zone, CliMessages m) {
        return t == null ? m.get("token.never") : WHEN.format(t.atZone(zone));
    }

    /** {@code token issue NAME (--as LOGIN | --channel CHANNEL)}: prints the secret once. */
    @Command(name = "issue", mixinStandardHelpOptions = true, description = {
        "Issue a token and print its secret (shown this once only).",
        "--as LOGIN: the token acts as that account on the command line (GRIDCOMMAND_TOKEN).",
        "--channel GRID_WORKER|SENSOR|AI_CAMERA: a sending system's token for the intake endpoint."})
    static final class Issue implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "A name people recognise, e.g. sensor-platform")
        String name;

        @Option(names = "--as", paramLabel = "LOGIN", description = "The account the token acts as")
        String account;

        @Option(names = "--channel", paramLabel = "CHANNEL", description = "The sending system's channel")
        Channel channel;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() throws Exception {
            CliMessages m = CliMessages.of(spec);
            if ((account == null) == (channel == null)) {
                return CommandProblem.refuse(spec, m.get("token.needKind", "GRIDCOMMAND_TOKEN",
                        "GRID_WORKER|SENSOR|AI_CAMERA"));
            }
            try (Backend backend = database.openSignedIn(null)) {
                TokenService tokens = backend.tokens();
                TokenService.IssuedToken issued = account != null ? tokens.issueForAccount(name, account)
                        : tokens.issueForSender(name, channel);
                PrintWriter out = spec.commandLine().getOut();
                ApiToken t = issued.token();
                out.println(m.get("token.issued", t.name(), t.sender() ? m.get("token.sender", t.channel())
                        : m.get("token.actsAs", t.accountLogin())));
                out.println(issued.secret());
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("name", t.name());
                json.put(t.sender() ? "channel" : "account", t.sender() ? t.channel().name() : t.accountLogin());
                json.put("token", issued.secret());
                out.println(new ObjectMapper().writeValueAsString(json));
                out.flush();
                return 0;
            }
        }
    }

    /** {@code token list}: every token, never a secret. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            CliMessages m = CliMessages.of(spec);
            try (Backend backend = database.openSignedIn(null)) {
                List<ApiToken> all = backend.tokens().list();
                PrintWriter out = spec.commandLine().getOut();
                if (all.isEmpty()) {
                    out.println(m.get("token.none"));
                }
                ZoneId zone = backend.clock().getZone();
                for (ApiToken t : all) {
                    out.println(m.get("token.line", t.name(), t.sender() ? m.get("token.sender", t.channel())
                            : m.get("token.actsAs", t.accountLogin()), when(t.createdAt(), zone, m), t.createdBy(),
                            when(t.lastUsedAt(), zone, m), t.revoked()
                                    ? m.get("token.status.revoked", when(t.revokedAt(), zone, m), t.revokedBy())
                                    : m.get("token.status.active")));
                }
                out.flush();
                return 0;
            }
        }
    }

    /** {@code token revoke NAME}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token: refused from now on.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (Backend backend = database.openSignedIn(null)) {
                backend.tokens().revoke(name);
                spec.commandLine().getOut().println(CliMessages.of(spec).get("token.revokedNow", name.strip()));
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}

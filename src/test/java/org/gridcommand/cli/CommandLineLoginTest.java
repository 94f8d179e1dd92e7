package org.gridcommand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A script changes data only as an account: {@code --user} with the password from the environment, or a token the
 * administrator issued; the history and the ledger name that account; without either, or with the retired
 * {@code --actor}, the command says what to do and changes nothing. On the embedded file and on PostgreSQL.
 */
class CommandLineLoginTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    /** A flood town with a commander and an administrator; returns what a script passes as --db. */
    private String town(DatabaseLocation.Vendor vendor) {
        DatabaseLocation location = TestDatabases.fresh(vendor, dir);
        try (Database d = Database.open(location)) {
            FloodScenario.create(d);
            CliAccounts.create(d);
        }
        return location.isEmbedded() ? location.file().toString() : location.jdbcUrl();
    }

    private int run(Map<String, String> env, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = RootCommand.commandLine(new RootCommand(o -> 0, env, "unused"), CommandLine.defaultFactory());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static String lastMover(String db) {
        try (Database d = Database.open(DatabaseLocation.parse(db, null, null))) {
            return d.transact(s -> s.createNativeQuery("SELECT actor FROM stock_movement ORDER BY id DESC",
                    String.class).setMaxResults(1).getResultStream().findFirst().orElse(null));
        }
    }

    private static int movements(String db) {
        try (Database d = Database.open(DatabaseLocation.parse(db, null, null))) {
            return d.transact(s -> s.createNativeQuery("SELECT COUNT(*) FROM stock_movement", Long.class)
                    .getSingleResult()).intValue();
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_writing_command_without_an_account_is_refused_saying_how_to_sign_in_and_changes_nothing(
            DatabaseLocation.Vendor vendor) {
        String db = town(vendor);
        int before = movements(db);

        assertThat(run(Map.of(), "stock", "receive", "W-NEAR", "SANDBAG", "10", "--reason", "调拨", "--db", db))
                .isEqualTo(1);
        assertThat(err.toString()).contains("gridcommand: 此命令会修改数据，须以账号身份执行：请加 --user 登录名")
                .contains("GRIDCOMMAND_PASSWORD").contains("GRIDCOMMAND_TOKEN");
        assertThat(run(Map.of(), "--lang", "en", "stock", "receive", "W-NEAR", "SANDBAG", "10", "--reason", "x",
                "--db", db)).isEqualTo(1);
        assertThat(err.toString())
                .contains("This command changes data and must act as an account: add --user with your login name");
        // no terminal here (as under cron) and no password in the environment: say so, do not hang
        assertThat(run(Map.of(), "--lang", "en", "stock", "receive", "W-NEAR", "SANDBAG", "10", "--reason", "x",
                "--db", db, "--user", CliAccounts.ADMIN)).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot read the password of the account admin: there is no terminal");
        assertThat(run(CliAccounts.withPassword(), "stock", "receive", "W-NEAR", "SANDBAG", "10", "--reason", "x",
                "--db", db, "--actor", "刘")).isEqualTo(1);
        assertThat(err.toString()).contains("--actor 已停用").contains("--user");
        assertThat(movements(db)).isEqualTo(before);

        // reading needs no account
        assertThat(run(Map.of(), "stock", "ledger", "W-NEAR", "--db", db)).isZero();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void with_user_and_password_the_command_acts_and_the_records_name_the_account_and_wrong_passwords_lock_it(
            DatabaseLocation.Vendor vendor) {
        String db = town(vendor);

        assertThat(run(CliAccounts.withPassword(), "stock", "receive", "W-NEAR", "SANDBAG", "10", "--reason",
                "区应急局调拨", "--db", db, "--user", CliAccounts.ADMIN)).isZero();
        assertThat(lastMover(db)).isEqualTo(CliAccounts.ADMIN);
        assertThat(run(CliAccounts.withPassword(), "activate", "FLOOD-01", "--level", "III", "--grid", "G-RIVER-01",
                "--commit", "--db", db, "--user", CliAccounts.COMMANDER)).isZero();
        try (Database d = Database.open(DatabaseLocation.parse(db, null, null))) {
            List<String> activatedBy = d.transact(s -> s.createNativeQuery("SELECT activated_by FROM activation",
                    String.class).getResultList());
            assertThat(activatedBy).containsExactly(CliAccounts.COMMANDER);
            // the task events the activation raised: the closed loop's history names the commander too
            List<String> actors = d.transact(s -> s.createNativeQuery("SELECT DISTINCT actor FROM event_transition",
                    String.class).getResultList());
            assertThat(actors).contains(CliAccounts.COMMANDER).doesNotContain("指挥长");
        }
        // a commander may not change the center's rules: refused with the roles that may
        assertThat(run(CliAccounts.withPassword(), "--lang", "en", "event", "visit-tries", "4", "--db", db,
                "--user", CliAccounts.COMMANDER)).isEqualTo(1);
        assertThat(err.toString()).contains("The account 指挥长王 may not change categories, dispatch rules and time "
                + "limits: only these roles may: administrator.");

        Map<String, String> wrong = Map.of("GRIDCOMMAND_PASSWORD", "not-the-password");
        for (int i = 1; i <= 4; i++) {
            assertThat(run(wrong, "--lang", "en", "stock", "issue", "W-NEAR", "SANDBAG", "1", "--reason", "x",
                    "--db", db, "--user", CliAccounts.ADMIN)).isEqualTo(1);
        }
        assertThat(err.toString()).contains("Wrong user name or password. 1 more wrong tries lock the account");
        assertThat(run(wrong, "--lang", "en", "stock", "issue", "W-NEAR", "SANDBAG", "1", "--reason", "x",
                "--db", db, "--user", CliAccounts.ADMIN)).isEqualTo(1);
        assertThat(err.toString()).containsIgnoringCase("locked");
        // locked: even the right password waits for the lock to run out
        assertThat(run(CliAccounts.withPassword(), "--lang", "en", "stock", "issue", "W-NEAR", "SANDBAG", "1",
                "--reason", "x", "--db", db, "--user", CliAccounts.ADMIN)).isEqualTo(1);
        assertThat(err.toString()).containsIgnoringCase("locked");
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void an_administrator_issues_a_token_a_script_acts_with_it_and_once_revoked_it_is_refused(
            DatabaseLocation.Vendor vendor) {
        String db = town(vendor);
        assertThat(run(CliAccounts.withPassword(), "--lang", "en", "token", "issue", "nightly-stock", "--as",
                CliAccounts.ADMIN, "--db", db, "--user", CliAccounts.ADMIN)).isZero();
        String[] printed = out.toString().strip().split("\n");
        assertThat(printed[0]).contains("Issued the token nightly-stock (acts as the account admin)");
        String secret = printed[1].strip();
        assertThat(secret).startsWith("gct_").hasSizeGreaterThan(40);
        try (Database d = Database.open(DatabaseLocation.parse(db, null, null))) {
            long clear = d.transact(s -> s.createNativeQuery("SELECT COUNT(*) FROM api_token WHERE secret_hash LIKE "
                    + ":s", Long.class).setParameter("s", "%" + secret.substring(4, 20) + "%").getSingleResult());
            assertThat(clear).as("only the hash is kept").isZero();
        }

        Map<String, String> withToken = new HashMap<>();
        withToken.put("GRIDCOMMAND_TOKEN", secret);
        assertThat(run(withToken, "stock", "receive", "W-NEAR", "SANDBAG", "5", "--reason", "夜间入库", "--db", db))
                .as("%s", err).isZero();
        assertThat(lastMover(db)).isEqualTo(CliAccounts.ADMIN);

        // a commander may not see or issue tokens
        assertThat(run(CliAccounts.withPassword(), "--lang", "en", "token", "list", "--db", db, "--user",
                CliAccounts.COMMANDER)).isEqualTo(1);
        assertThat(err.toString()).contains("may not manage accounts: only these roles may: administrator.");
        assertThat(run(CliAccounts.withPassword(), "--lang", "en", "token", "list", "--db", db, "--user",
                CliAccounts.ADMIN)).isZero();
        assertThat(out.toString()).contains("nightly-stock").contains("acts as the account admin")
                .doesNotContain("last used never").contains("active").doesNotContain(secret);

        assertThat(run(CliAccounts.withPassword(), "token", "revoke", "nightly-stock", "--db", db, "--user",
                CliAccounts.ADMIN)).isZero();
        assertThat(out.toString()).contains("已吊销令牌 nightly-stock");
        int before = movements(db);
        assertThat(run(withToken, "stock", "receive", "W-NEAR", "SANDBAG", "5", "--reason", "夜间入库", "--db", db))
                .isEqualTo(1);
        assertThat(err.toString()).contains("令牌无效或已被吊销。请向管理员申请新的令牌。");
        withToken.put("GRIDCOMMAND_TOKEN", "gct_guessed-" + secret.substring(12));
        assertThat(run(withToken, "--lang", "en", "stock", "receive", "W-NEAR", "SANDBAG", "5", "--reason", "x",
                "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("The token is unknown or has been revoked.");
        assertThat(movements(db)).isEqualTo(before);
    }
}

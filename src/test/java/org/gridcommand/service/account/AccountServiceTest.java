package org.gridcommand.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.store.account.AccountStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Accounts on a real database: a hashed password, the same answer for a wrong name or password, the lockout. */
class AccountServiceTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void an_officer_signs_in_with_the_password_and_only_its_argon2id_hash_is_stored(DatabaseLocation.Vendor vendor)
            throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            AccountService accounts = new AccountService(db, new MovingClock(), new PasswordHashes());
            accounts.create("wanglei", "值班员 王磊", Set.of(AccountRole.DUTY_OFFICER), null, "Duty-Pass-77".toCharArray());

            Account signedIn = accounts.signIn("wanglei", "Duty-Pass-77".toCharArray());

            assertThat(signedIn.displayName()).isEqualTo("值班员 王磊");
            assertThat(signedIn.roles()).containsExactly(AccountRole.DUTY_OFFICER);
            List<String> everyValue = everyValueOf(db, "account");
            assertThat(everyValue).noneMatch(v -> v.contains("Duty-Pass-77"));
            assertThat(everyValue).anyMatch(v -> v.startsWith("$argon2id$"));
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_fifth_wrong_password_locks_the_account_for_15_minutes_of_the_application_clock(
            DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            MovingClock clock = new MovingClock();
            AccountService accounts = new AccountService(db, clock, new PasswordHashes());
            accounts.create("chenjing", "值班长 陈静", Set.of(AccountRole.SHIFT_LEADER), null, "Leader-Pass".toCharArray());

            for (int i = 1; i <= 4; i++) {
                assertThatThrownBy(() -> accounts.signIn("chenjing", "wrong".toCharArray()))
                        .hasMessage("Wrong user name or password. " + (5 - i)
                                + " more wrong tries lock the account for 15 minutes.");
            }
            assertThatThrownBy(() -> accounts.signIn("chenjing", "wrong".toCharArray()))
                    .isInstanceOf(SignInRefusedException.class)
                    .satisfies(e -> assertThat(new EventWords(Locale.CHINESE).refusal(e))
                            .isEqualTo("密码错误次数过多，账号已锁定至 10:15。请稍后再试，或请管理员重置密码。"));
            // locked: even the right password is refused, and a wrong one does not extend the lock
            assertThatThrownBy(() -> accounts.signIn("chenjing", "Leader-Pass".toCharArray()))
                    .hasMessageContaining("locked until 10:15");

            clock.advance(Duration.ofMinutes(14));
            assertThatThrownBy(() -> accounts.signIn("chenjing", "Leader-Pass".toCharArray()))
                    .hasMessageContaining("locked until 10:15");
            clock.advance(Duration.ofMinutes(1));
            assertThat(accounts.signIn("chenjing", "Leader-Pass".toCharArray()).loginName()).isEqualTo("chenjing");
            // the count starts again after a successful sign-in
            assertThatThrownBy(() -> accounts.signIn("chenjing", "wrong".toCharArray()))
                    .hasMessageContaining("4 more wrong tries");
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void an_unknown_name_gets_the_same_answer_as_a_wrong_password_and_a_disabled_account_is_refused(
            DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            AccountService accounts = new AccountService(db, new MovingClock(), new PasswordHashes());
            Account viewer = accounts.create("wufang", null, Set.of(AccountRole.VIEWER), null,
                    "Viewer-Pass".toCharArray());

            assertThatThrownBy(() -> accounts.signIn("nobody", "Viewer-Pass".toCharArray()))
                    .hasMessage("Wrong user name or password.");
            new AccountStore(db).setDisabled(viewer.id(), true);
            assertThatThrownBy(() -> accounts.signIn("wufang", "Viewer-Pass".toCharArray()))
                    .hasMessage("The account wufang is disabled. Ask the administrator.");
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void an_account_needs_a_new_name_a_role_a_unit_for_a_unit_operator_and_eight_characters(
            DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            AccountService accounts = new AccountService(db, new MovingClock(), new PasswordHashes());
            accounts.create("admin", null, Set.of(AccountRole.ADMINISTRATOR), null, "Admin-Pass".toCharArray());

            assertThatThrownBy(() -> accounts.create("admin", null, Set.of(AccountRole.VIEWER), null,
                    "Other-Pass".toCharArray())).hasMessage("The login name admin is taken; choose another.");
            assertThatThrownBy(() -> accounts.create("x", null, Set.of(), null, "Other-Pass".toCharArray()))
                    .hasMessage("Choose at least one role.");
            assertThatThrownBy(() -> accounts.create("op", null, Set.of(AccountRole.UNIT_OPERATOR), null,
                    "Other-Pass".toCharArray())).hasMessage("An account of a unit operator needs its unit.");
            assertThatThrownBy(() -> accounts.create("short", null, Set.of(AccountRole.VIEWER), null,
                    "1234".toCharArray())).hasMessage("The password needs at least 8 characters.");
            assertThat(new AccountStore(db).all()).extracting(Account::loginName).containsExactly("admin");
        }
    }

    private static List<String> everyValueOf(Database db, String table) {
        return db.withConnection(c -> {
            List<String> values = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        values.add(String.valueOf(rs.getObject(i)));
                    }
                }
            }
            return values;
        });
    }

    /** The application clock: Tuesday 10:00 in Shanghai until the story moves it. */
    private static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-24T02:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

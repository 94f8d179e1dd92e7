package org.gridcommand.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountChange;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.account.AccountTrailEntry;
import org.gridcommand.service.account.ConsoleWatch.LockReason;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.store.account.AccountTrailStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The watch at a console changing hands on a real database: lock, unlock, hand-over, sign-out, and the trail. */
class ConsoleWatchTest {
    private final Clock tuesday10am = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_next_operator_takes_over_at_the_locked_console_and_the_trail_names_both(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            ConsoleWatch watch = watchOn(db);
            watch.signIn("wanglei", "Duty-Pass-77".toCharArray());
            watch.lock(LockReason.IDLE);

            Account next = watch.handOver("chenjing", "Leader-Pass".toCharArray());

            assertThat(next.loginName()).isEqualTo("chenjing");
            assertThat(watch.current()).contains(next);
            List<AccountTrailEntry> trail = new AccountTrailStore(db).newest(10);
            assertThat(trail).extracting(AccountTrailEntry::change).containsExactly(
                    AccountChange.HANDED_OVER, AccountChange.LOCKED, AccountChange.SIGNED_IN);
            assertThat(trail.get(0)).extracting(AccountTrailEntry::actor, AccountTrailEntry::accountLogin,
                    AccountTrailEntry::detail).containsExactly("chenjing", "chenjing", "wanglei");
            assertThat(trail.get(1).detail()).isEqualTo("IDLE");
            assertThat(trail.get(1).actor()).isEqualTo("wanglei");
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_wrong_password_at_the_lock_counts_toward_the_lockout_and_the_console_keeps_its_operator(
            DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            ConsoleWatch watch = watchOn(db);
            watch.signIn("wanglei", "Duty-Pass-77".toCharArray());
            watch.lock(LockReason.MANUAL);

            for (int i = 1; i <= 4; i++) {
                assertThatThrownBy(() -> watch.unlock("wrong".toCharArray()))
                        .isInstanceOf(SignInRefusedException.class);
            }
            assertThatThrownBy(() -> watch.unlock("wrong".toCharArray()))
                    .hasMessageContaining("locked until 10:15");
            assertThatThrownBy(() -> watch.unlock("Duty-Pass-77".toCharArray()))
                    .hasMessageContaining("locked until 10:15");
            assertThat(watch.current()).map(Account::loginName).contains("wanglei");
            // the lock of one account does not keep the next operator from taking over
            assertThat(watch.handOver("chenjing", "Leader-Pass".toCharArray()).loginName()).isEqualTo("chenjing");
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_operator_unlocks_with_the_own_password_and_a_sign_out_leaves_nobody(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            ConsoleWatch watch = watchOn(db);
            watch.signIn("wanglei", "Duty-Pass-77".toCharArray());
            watch.lock(LockReason.MANUAL);
            watch.unlock("Duty-Pass-77".toCharArray());
            watch.signOut();

            assertThat(watch.current()).isEmpty();
            assertThat(new AccountTrailStore(db).newest(10)).extracting(AccountTrailEntry::change).containsExactly(
                    AccountChange.SIGNED_OUT, AccountChange.UNLOCKED, AccountChange.LOCKED, AccountChange.SIGNED_IN);
            assertThat(new AccountTrailStore(db).newest(10)).allMatch(e -> e.actor().equals("wanglei"));
        }
    }

    private ConsoleWatch watchOn(Database db) {
        AccountService accounts = new AccountService(db, tuesday10am, new PasswordHashes());
        accounts.create("wanglei", "王磊", Set.of(AccountRole.DUTY_OFFICER), null, "Duty-Pass-77".toCharArray());
        accounts.create("chenjing", "陈静", Set.of(AccountRole.SHIFT_LEADER), null, "Leader-Pass".toCharArray());
        return new ConsoleWatch(new WatchSession(accounts), new AccountTrailStore(db), tuesday10am);
    }
}

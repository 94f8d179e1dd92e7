package org.gridcommand.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountChange;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.account.AccountTrailEntry;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.store.account.AccountTrailStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The administrator's accounts on a real database: only an administrator, every change in the trail. */
class AccountAdministrationTest {
    private final Clock tuesday10am = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void an_administrator_makes_a_duty_officer_a_shift_leader_and_resets_the_password(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            AccountService accounts = new AccountService(db, tuesday10am, new PasswordHashes());
            WatchSession session = new WatchSession(accounts);
            AccountAdministration admin = administration(db, accounts, session);
            session.signIn("zhoutao", "Admin-Pass-1".toCharArray());
            Account wanglei = accounts.signIn("wanglei", "Duty-Pass-77".toCharArray());

            Account changed = admin.changeRoles(wanglei.id(), Set.of(AccountRole.SHIFT_LEADER), null);
            admin.resetPassword(wanglei.id(), "New-Pass-2026".toCharArray());

            assertThat(changed.roles()).containsExactly(AccountRole.SHIFT_LEADER);
            assertThat(accounts.signIn("wanglei", "New-Pass-2026".toCharArray()).roles())
                    .containsExactly(AccountRole.SHIFT_LEADER);
            assertThatThrownBy(() -> accounts.signIn("wanglei", "Duty-Pass-77".toCharArray()))
                    .isInstanceOf(SignInRefusedException.class);
            assertThat(new AccountTrailStore(db).newest(5)).extracting(AccountTrailEntry::change,
                    AccountTrailEntry::actor, AccountTrailEntry::accountLogin).startsWith(
                    tuple(AccountChange.PASSWORD_RESET, "zhoutao", "wanglei"),
                    tuple(AccountChange.ROLES_CHANGED, "zhoutao", "wanglei"));
            assertThat(new AccountTrailStore(db).newest(5)).noneMatch(e -> String.valueOf(e.detail())
                    .contains("New-Pass-2026"));
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_duty_officer_is_refused_and_an_administrator_cannot_disable_themselves(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            AccountService accounts = new AccountService(db, tuesday10am, new PasswordHashes());
            WatchSession session = new WatchSession(accounts);
            AccountAdministration admin = administration(db, accounts, session);
            Account zhoutao = session.signIn("zhoutao", "Admin-Pass-1".toCharArray());
            assertThatThrownBy(() -> admin.setDisabled(zhoutao.id(), true))
                    .satisfies(e -> assertThat(new EventWords(Locale.ENGLISH).refusal(e)).isEqualTo(
                            "You cannot disable your own account or take the administrator role from it: "
                                    + "ask another administrator."));

            session.signIn("wanglei", "Duty-Pass-77".toCharArray());

            assertThatThrownBy(admin::accounts).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> admin.setDisabled(zhoutao.id(), true))
                    .isInstanceOf(NotPermittedException.class);
            assertThat(accounts.signIn("zhoutao", "Admin-Pass-1".toCharArray()).disabled()).isFalse();
            assertThat(new AccountTrailStore(db).newest(5)).isEmpty();
        }
    }

    private AccountAdministration administration(Database db, AccountService accounts, WatchSession session) {
        accounts.create("zhoutao", "周涛", Set.of(AccountRole.ADMINISTRATOR), null, "Admin-Pass-1".toCharArray());
        accounts.create("wanglei", "王磊", Set.of(AccountRole.DUTY_OFFICER), null, "Duty-Pass-77".toCharArray());
        return new AccountAdministration(db, accounts, new PasswordHashes(), Permissions.of(session), tuesday10am);
    }
}

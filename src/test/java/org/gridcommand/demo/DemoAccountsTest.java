package org.gridcommand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo city can be tried by every role: one account each, signing in with the password the README lists. */
class DemoAccountsTest {
    @TempDir
    Path dir;

    @Test
    void every_role_has_a_demo_account_that_signs_in_with_its_readme_password() {
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            new DemoCityService(db, DemoCityFullScaleTest.CLOCK).create(7L, DemoScale.SMALL, DemoProgress.NONE);
            AccountService accounts = new AccountService(db, DemoCityFullScaleTest.CLOCK, new PasswordHashes());

            assertThat(DemoAccounts.LOGINS).extracting(DemoAccounts.DemoLogin::role)
                    .containsExactlyInAnyOrder(AccountRole.values());
            for (DemoAccounts.DemoLogin login : DemoAccounts.LOGINS) {
                Account a = accounts.signIn(login.loginName(), login.password().toCharArray());
                assertThat(a.roles()).isEqualTo(Set.of(login.role()));
            }
            Account unit = accounts.signIn("unit", "unit2026".toCharArray());
            long cgj = DemoCityChecks.count(db, "SELECT id FROM unit WHERE code = 'CGJ'");
            assertThat(unit.unitId()).isEqualTo(cgj);
            assertThat(accounts.signIn("duty", "duty2026".toCharArray()).unitId()).isNull();
        }
    }
}

package org.gridcommand.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountChange;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.account.AccountTrailEntry;
import org.gridcommand.service.account.AccountAdministration;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.SignInRefusedException;
import org.gridcommand.service.account.WatchRights;
import org.gridcommand.service.account.WatchSession;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.store.account.AccountTrailStore;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The administrator's screen on a real database: an administrator creates an account that can then sign in and
 * disables it again, each change in the account trail; a duty officer's console has no such screen.
 */
@ExtendWith(ApplicationExtension.class)
class AdminScreenTest {
    private static final ExecutorService background = Executors.newSingleThreadExecutor();
    private final Clock tuesday10am = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private Stage stage;
    private Database db;
    private AccountService accounts;
    private WatchSession session;
    private TabPane panels;
    private AdminFeature feature;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (feature != null) {
            WaitForAsyncUtils.asyncFx(feature::dispose).get();
        }
        background.submit(() -> { }).get(10, TimeUnit.SECONDS);
        if (db != null) {
            db.close();
        }
    }

    @AfterAll
    static void stopBackground() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void an_administrator_creates_an_account_that_signs_in_and_then_disables_it(FxRobot robot) throws Exception {
        open("zhoutao", "Admin-Pass-1");
        robot.interact(() -> panels.getSelectionModel().select(feature.tab()));
        @SuppressWarnings("unchecked")
        TableView<Account> table = robot.lookup("#accounts-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);

        robot.clickOn("#admin-login").write("xiaoli");
        robot.clickOn("#admin-name").write("李晓");
        robot.clickOn("#admin-role-DUTY_OFFICER");
        robot.clickOn("#admin-password").write("Xiaoli-2026");
        robot.clickOn("#admin-create");

        waitForMessage(robot, "已创建账号 xiaoli，可以登录。");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        Account created = accounts.signIn("xiaoli", "Xiaoli-2026".toCharArray());
        assertThat(created.displayName()).isEqualTo("李晓");
        assertThat(created.roles()).containsExactly(AccountRole.DUTY_OFFICER);
        AccountTrailEntry line = new AccountTrailStore(db).newest(1).get(0);
        assertThat(line.change()).isEqualTo(AccountChange.CREATED);
        assertThat(line.actor()).isEqualTo("zhoutao");
        assertThat(line.accountLogin()).isEqualTo("xiaoli");

        robot.interact(() -> table.getItems().stream().filter(a -> a.loginName().equals("xiaoli")).findFirst()
                .ifPresent(a -> table.getSelectionModel().select(a)));
        robot.clickOn("#admin-toggle");

        waitForMessage(robot, "已停用账号 xiaoli。");
        assertThatThrownBy(() -> accounts.signIn("xiaoli", "Xiaoli-2026".toCharArray()))
                .isInstanceOf(SignInRefusedException.class);
        assertThat(new AccountTrailStore(db).newest(1).get(0).change()).isEqualTo(AccountChange.DISABLED);
    }

    @Test
    void a_refused_change_says_what_to_fix_and_creates_nothing(FxRobot robot) throws Exception {
        open("zhoutao", "Admin-Pass-1");
        robot.interact(() -> panels.getSelectionModel().select(feature.tab()));
        robot.clickOn("#admin-login").write("liuyang");
        robot.clickOn("#admin-role-UNIT_OPERATOR");
        robot.clickOn("#admin-password").write("Unit-Pass-1");
        robot.clickOn("#admin-create");

        waitForMessage(robot, "单位操作员账号必须指定所属单位。");
        assertThat(new AccountTrailStore(db).newest(5)).isEmpty();
    }

    @Test
    void a_duty_officers_console_has_no_administrator_screen_until_an_administrator_takes_over(FxRobot robot)
            throws Exception {
        open("wanglei", "Duty-Pass-77");
        assertThat(panels.getTabs()).doesNotContain(feature.tab());
        assertThat(robot.lookup("#accounts-table").tryQuery()).isEmpty();

        session.signIn("zhoutao", "Admin-Pass-1".toCharArray());
        robot.interact(feature::operatorChanged);

        assertThat(panels.getTabs()).contains(feature.tab());
    }

    private void open(String login, String password) throws Exception {
        db = Database.open(TestDatabases.h2(Files.createTempDirectory("gc-admin-")));
        PasswordHashes hashes = new PasswordHashes();
        accounts = new AccountService(db, tuesday10am, hashes);
        accounts.create("zhoutao", "周涛", Set.of(AccountRole.ADMINISTRATOR), null, "Admin-Pass-1".toCharArray());
        accounts.create("wanglei", "王磊", Set.of(AccountRole.DUTY_OFFICER), null, "Duty-Pass-77".toCharArray());
        session = new WatchSession(accounts);
        session.signIn(login, password.toCharArray());
        Permissions checked = Permissions.of(session);
        AccountAdministration admin = new AccountAdministration(db, accounts, hashes, checked, tuesday10am);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        WaitForAsyncUtils.asyncFx(() -> {
            panels = new TabPane(new Tab("详情", new Label()));
            feature = new AdminFeature(panels, admin, new WatchRights(checked),
                    BackgroundTasks.withFxThread(background), messages, tuesday10am.getZone());
            stage.setScene(new Scene(panels, 900, 1000));
            stage.show();
        }).get(10, TimeUnit.SECONDS);
    }

    private static void waitForMessage(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> text.equals(robot.lookup("#admin-message").queryAs(Label.class).getText()));
    }
}

package org.gridcommand.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.service.account.WatchSession;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
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

/** The console's sign-in form on a real database: the officer types, the account service answers. */
@ExtendWith(ApplicationExtension.class)
class SignInViewTest {
    private static final ExecutorService background = Executors.newSingleThreadExecutor();
    private final Clock tuesday10am = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final AtomicReference<Account> signedIn = new AtomicReference<>();
    private Stage stage;
    private Database db;
    private WatchSession session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
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
    void a_duty_officer_signs_in_with_the_right_password_after_a_wrong_one(FxRobot robot) throws Exception {
        show(Locale.SIMPLIFIED_CHINESE);

        robot.clickOn("#signin-name").write("wanglei");
        robot.clickOn("#signin-password").write("wrong-password");
        robot.clickOn("#signin-button");
        waitForMessage(robot, "用户名或密码错误。再错 4 次，账号将锁定 15 分钟。");
        assertThat(robot.lookup("#signin-password").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(signedIn.get()).isNull();

        robot.clickOn("#signin-password").write("Duty-Pass-77");
        robot.clickOn("#signin-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> signedIn.get() != null);

        assertThat(signedIn.get().loginName()).isEqualTo("wanglei");
        assertThat(session.current()).contains(signedIn.get());
    }

    @Test
    void the_fifth_wrong_password_tells_the_officer_until_when_the_account_is_locked_in_english(FxRobot robot)
            throws Exception {
        show(Locale.ENGLISH);
        robot.clickOn("#signin-name").write("wanglei");
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#signin-password").write("wrong-" + i);
            robot.clickOn("#signin-button");
            if (i < 4) {
                waitForMessage(robot, "Wrong user name or password. " + (4 - i)
                        + " more wrong tries lock the account for 15 minutes.");
            }
        }
        waitForMessage(robot, "Too many wrong passwords: the account is locked until 10:15. Try again later, "
                + "or ask the administrator to reset the password.");

        robot.clickOn("#signin-password").write("Duty-Pass-77");
        robot.clickOn("#signin-button");
        waitForMessage(robot, "Too many wrong passwords: the account is locked until 10:15. Try again later, "
                + "or ask the administrator to reset the password.");
        assertThat(signedIn.get()).isNull();
        assertThat(session.current()).isEmpty();
    }

    private void show(Locale locale) throws Exception {
        db = Database.open(TestDatabases.h2(Files.createTempDirectory("gc-signin-")));
        AccountService accounts = new AccountService(db, tuesday10am, new PasswordHashes());
        accounts.create("wanglei", "值班员 王磊", Set.of(AccountRole.DUTY_OFFICER), null, "Duty-Pass-77".toCharArray());
        session = new WatchSession(accounts);
        Messages messages = new Messages(locale);
        WaitForAsyncUtils.asyncFx(() -> {
            SignInModel model = new SignInModel(session, BackgroundTasks.withFxThread(background), messages);
            stage.setScene(new Scene(new SignInView(model, messages, messages.get("signin.heading"), signedIn::set),
                    800, 600));
            stage.show();
        }).get(10, TimeUnit.SECONDS);
    }

    private static void waitForMessage(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> text.equals(robot.lookup("#signin-message").queryAs(Label.class).getText()));
    }
}

package org.gridcommand.ui.admin.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.account.ApiToken;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.TokenService;
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

/** The administrator issues a sending system's token in the tokens tab, sees its secret once, and revokes it. */
@ExtendWith(ApplicationExtension.class)
class TokensPaneTest {
    private static final ExecutorService background = Executors.newSingleThreadExecutor();
    private Stage stage;
    private Database db;
    private WatchSession session;
    private TokenService tokens;

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

    private void show(Locale locale, AccountRole role) throws Exception {
        db = Database.open(TestDatabases.h2(Files.createTempDirectory("tokens-pane")));
        AccountService accounts = new AccountService(db, Clock.systemUTC(), new PasswordHashes());
        accounts.create("someone", null, Set.of(role), null, "Some-Pass-1".toCharArray());
        session = new WatchSession(accounts);
        session.signIn("someone", "Some-Pass-1".toCharArray());
        tokens = new TokenService(db, Clock.systemUTC(), Permissions.of(session));
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(new TokensPane(tokens, BackgroundTasks.withFxThread(background),
                    new Messages(locale)), 1000, 500));
            stage.show();
        }).get();
    }

    private static void waitForStatus(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#token-status").queryAs(Label.class).getText().contains(text));
    }

    @Test
    void the_administrator_issues_the_sensor_platforms_token_sees_it_once_and_revokes_it(FxRobot robot)
            throws Exception {
        show(Locale.SIMPLIFIED_CHINESE, AccountRole.ADMINISTRATOR);
        assertThat(robot.lookup("#token-secret").queryAs(TextField.class).isVisible()).isFalse();

        robot.clickOn("#token-issue");
        waitForStatus(robot, "请填写代表的账号，或选择发送方渠道");

        robot.clickOn("#token-name").write("sensor-platform");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#token-channel").<ComboBox<Channel>>query()
                .setValue(Channel.SENSOR)).get();
        robot.clickOn("#token-issue");
        waitForStatus(robot, "已发放令牌 sensor-platform。令牌只显示这一次");
        String secret = robot.lookup("#token-secret").queryAs(TextField.class).getText();
        assertThat(secret).startsWith("gct_");
        assertThat(robot.lookup("#token-copy").queryButton().isVisible()).isTrue();
        assertThat(tokens.sender(secret)).map(ApiToken::channel).contains(Channel.SENSOR);

        TableView<ApiToken> table = robot.lookup("#token-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(0)).get();
        robot.clickOn("#token-revoke");
        waitForStatus(robot, "已吊销令牌 sensor-platform");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).revoked());
        assertThat(tokens.sender(secret)).isEmpty();
    }

    @Test
    void a_commander_is_told_in_english_that_only_the_administrator_manages_tokens(FxRobot robot) throws Exception {
        show(Locale.ENGLISH, AccountRole.COMMANDER);
        waitForStatus(robot, "The account someone may not manage accounts: only these roles may: administrator.");
        robot.clickOn("#token-name").write("grid-app");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#token-channel").<ComboBox<Channel>>query()
                .setValue(Channel.GRID_WORKER)).get();
        robot.clickOn("#token-issue");
        waitForStatus(robot, "may not manage accounts");
        assertThat(robot.lookup("#token-secret").queryAs(TextField.class).isVisible()).isFalse();
        session.signOut();
        long issued = db.transact(s -> s.createNativeQuery("SELECT COUNT(*) FROM api_token", Long.class)
                .getSingleResult());
        assertThat(issued).isZero();
    }
}

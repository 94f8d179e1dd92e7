package org.gridcommand.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountChange;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.account.AccountTrailEntry;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.ConsoleWatch;
import org.gridcommand.service.account.PasswordHashes;
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
 * A console left alone locks, on a real database: a stand-in console (a dispatch button, an F9 key on the scene as
 * the emergency board has it), the real lock, the real accounts. The idle clock is moved by the story, never slept.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleLockTest {
    private static final ExecutorService background = Executors.newSingleThreadExecutor();
    private final Clock tuesday10am = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final MovableClock idleClock = new MovableClock();
    private final AtomicReference<Account> holder = new AtomicReference<>();
    private final AtomicInteger f9Pressed = new AtomicInteger();
    private Stage stage;
    private Scene console;
    private Database db;
    private ConsoleWatch watch;
    private ConsoleLock lock;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (lock != null) {
            WaitForAsyncUtils.asyncFx(lock::dispose).get();
        }
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
    void a_console_left_alone_for_15_minutes_locks_and_its_officer_unlocks_after_a_wrong_password(FxRobot robot)
            throws Exception {
        open(Locale.SIMPLIFIED_CHINESE);
        idleClock.advance(Duration.ofMinutes(14));
        robot.interact(lock.idleWatch()::check);
        assertThat(lock.isLocked()).isFalse();

        idleClock.advance(Duration.ofMinutes(1));
        robot.interact(lock.idleWatch()::check);

        assertThat(lock.isLocked()).isTrue();
        assertThat(stage.getScene()).isNotSameAs(console);
        assertThat(stage.getScene().lookup("#dispatch")).isNull();
        assertThat(robot.lookup("#lock-holder").queryAs(Label.class).getText()).isEqualTo("当前值班：值班员 王磊");
        robot.press(KeyCode.F9).release(KeyCode.F9);
        assertThat(f9Pressed).hasValue(0);

        robot.clickOn("#lock-password").write("wrong-password");
        robot.clickOn("#lock-unlock");
        waitForMessage(robot, "用户名或密码错误。再错 4 次，账号将锁定 15 分钟。");
        assertThat(lock.isLocked()).isTrue();

        robot.clickOn("#lock-password").write("Duty-Pass-77");
        robot.clickOn("#lock-unlock");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lock.isLocked());

        assertThat(stage.getScene()).isSameAs(console);
        assertThat(holder.get().loginName()).isEqualTo("wanglei");
        robot.press(KeyCode.F9).release(KeyCode.F9);
        assertThat(f9Pressed).hasValue(1);
        assertThat(changes()).containsExactly(AccountChange.UNLOCKED, AccountChange.LOCKED, AccountChange.SIGNED_IN);
    }

    @Test
    void the_officer_locks_with_ctrl_l_and_the_next_shift_takes_over_in_english(FxRobot robot) throws Exception {
        open(Locale.ENGLISH);
        robot.clickOn("#dispatch");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lock.isLocked()).isTrue();
        assertThat(robot.lookup("#lock-heading").queryAs(Label.class).getText()).isEqualTo("The console is locked");
        assertThat(robot.lookup("#lock-holder").queryAs(Label.class).getText())
                .isEqualTo("On watch: Duty officer 王磊");

        robot.clickOn("#handover-name").write("chenjing");
        robot.clickOn("#handover-password").write("Leader-Pass");
        robot.clickOn("#handover-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lock.isLocked());

        assertThat(holder.get().loginName()).isEqualTo("chenjing");
        assertThat(watch.current()).map(Account::loginName).contains("chenjing");
        AccountTrailEntry handOver = new AccountTrailStore(db).newest(1).get(0);
        assertThat(handOver.change()).isEqualTo(AccountChange.HANDED_OVER);
        assertThat(handOver.actor()).isEqualTo("chenjing");
        assertThat(handOver.detail()).isEqualTo("wanglei");
        assertThat(stage.getScene()).isSameAs(console);
    }

    @Test
    void signing_out_shows_the_sign_in_form_and_the_console_returns_for_whoever_signs_in(FxRobot robot)
            throws Exception {
        open(Locale.SIMPLIFIED_CHINESE);
        robot.clickOn("#sign-out");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene().lookup("#signin-name") != null);

        assertThat(watch.current()).isEmpty();
        assertThat(lock.isLocked()).isTrue();
        assertThat(stage.getScene().lookup("#dispatch")).isNull();
        assertThat(changes()).startsWith(AccountChange.SIGNED_OUT);

        robot.clickOn("#signin-name").write("chenjing");
        robot.clickOn("#signin-password").write("Leader-Pass");
        robot.clickOn("#signin-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lock.isLocked());

        assertThat(stage.getScene()).isSameAs(console);
        assertThat(holder.get().loginName()).isEqualTo("chenjing");
        assertThat(changes()).startsWith(AccountChange.SIGNED_IN, AccountChange.SIGNED_OUT);
    }

    private void open(Locale locale) throws Exception {
        db = Database.open(TestDatabases.h2(Files.createTempDirectory("gc-lock-")));
        AccountService accounts = new AccountService(db, tuesday10am, new PasswordHashes());
        accounts.create("wanglei", "王磊", Set.of(AccountRole.DUTY_OFFICER), null, "Duty-Pass-77".toCharArray());
        accounts.create("chenjing", "陈静", Set.of(AccountRole.SHIFT_LEADER), null, "Leader-Pass".toCharArray());
        watch = new ConsoleWatch(new WatchSession(accounts), new AccountTrailStore(db), tuesday10am);
        watch.signIn("wanglei", "Duty-Pass-77".toCharArray());
        Messages messages = new Messages(locale);
        WaitForAsyncUtils.asyncFx(() -> {
            Button dispatch = new Button("派遣");
            dispatch.setId("dispatch");
            BorderPane frame = new BorderPane(dispatch);
            console = new Scene(frame, 900, 700);
            console.getAccelerators().put(new KeyCodeCombination(KeyCode.F9), f9Pressed::incrementAndGet);
            stage.setScene(console);
            stage.show();
            lock = new ConsoleLock(stage, watch, BackgroundTasks.withFxThread(background), messages, idleClock, 15,
                    List::of, holder::set);
            lock.install();
            frame.setTop(lock.controls());
        }).get(10, TimeUnit.SECONDS);
        // a key on the console counts as activity: the idle time starts here
        console.getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.SHIFT, true, false, false,
                false));
    }

    private List<AccountChange> changes() {
        return new AccountTrailStore(db).newest(10).stream().map(AccountTrailEntry::change).toList();
    }

    private static void waitForMessage(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> text.equals(robot.lookup("#lock-message").queryAs(Label.class).getText()));
    }

    /** Idle time as the story moves it. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-24T02:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
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

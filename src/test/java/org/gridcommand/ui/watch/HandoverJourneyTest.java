package org.gridcommand.ui.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.shift.Handover;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.WatchSession;
import org.gridcommand.service.shift.DutyRoster;
import org.gridcommand.service.shift.DutySignIns;
import org.gridcommand.service.shift.Handovers;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 交接班 at the console's watch tab, in Chinese and in English, on a real H2 database: the outgoing officer writes
 * notes and prepares the pack (a camera and a sensor are offline), the incoming officer at the same console
 * acknowledges the items one by one — taking over is not offered until the last one — and takes the shift over;
 * on the next shift the 值班长 overrides a handover nobody acknowledged, with a reason the panel shows.
 */
@ExtendWith(ApplicationExtension.class)
class HandoverJourneyTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant TUESDAY_1530 = LocalDateTime.of(2026, 11, 24, 15, 30).atZone(SHANGHAI).toInstant();
    private final MovableClock clock = new MovableClock(TUESDAY_1530);
    private Stage stage;
    private Database db;
    private WatchFeature feature;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label(), 1100, 1000));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> feature.dispose()).get();
        db.close();
    }

    @Test
    void the_incoming_officer_acknowledges_each_item_then_takes_over_and_the_leader_overrides_in_chinese(
            FxRobot robot) throws Exception {
        journey(robot, Locale.SIMPLIFIED_CHINESE, new Words("共 3 项，未确认 3 项", "未确认 1 项", "lina 于 11-24 15:45 接班",
                "由值班长强制接班", "原因：接班人出警未归"));
    }

    @Test
    void the_incoming_officer_acknowledges_each_item_then_takes_over_and_the_leader_overrides_in_english(
            FxRobot robot) throws Exception {
        journey(robot, Locale.ENGLISH, new Words("3 items, 3 not acknowledged", "1 not acknowledged",
                "taken over by lina at 11-24 15:45", "overridden by the shift leader", "reason: 接班人出警未归"));
    }

    private record Words(String prepared, String oneLeft, String taken, String overridden, String reason) {
    }

    private void journey(FxRobot robot, Locale locale, Words w) throws Exception {
        Path dir = Files.createTempDirectory("gc-watch-");
        db = Database.open(TestDatabases.h2(dir));
        offlineDevices();
        AccountService accounts = new AccountService(db, clock, new PasswordHashes());
        accounts.create("wanglei", "值班员 王磊", Set.of(AccountRole.DUTY_OFFICER), null, "password-wl".toCharArray());
        accounts.create("lina", "值班员 李娜", Set.of(AccountRole.DUTY_OFFICER), null, "password-ln".toCharArray());
        accounts.create("chenjing", "值班长 陈静", Set.of(AccountRole.SHIFT_LEADER), null, "password-cj".toCharArray());
        WatchSession session = new WatchSession(accounts);
        Permissions checked = Permissions.of(session);
        session.signIn("wanglei", "password-wl".toCharArray());
        BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
        WaitForAsyncUtils.asyncFx(() -> {
            TabPane panels = new TabPane();
            feature = new WatchFeature(panels, new DutyRoster(db, clock, checked), new DutySignIns(db, clock, checked),
                    new Handovers(db, clock, checked), session::current, tasks, new Messages(locale), SHANGHAI);
            stage.getScene().setRoot(panels);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        // the outgoing officer: notes, then the pack; neither taking over nor acknowledging is offered to them
        robot.clickOn("#watch-notes").write("3 号路口信号灯故障，已报交警");
        robot.clickOn("#watch-prepare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#watch-handover-state")).contains(w.prepared());
        assertThat(robot.lookup("#watch-take-over").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#watch-ack-all").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup(".watch-ack").queryAllAs(Button.class)).allMatch(Node::isDisabled);
        assertThat(robot.lookup("#watch-override").queryButton().isVisible()).isFalse();

        // the incoming officer at the same console acknowledges one item after the other
        clock.advance(Duration.ofMinutes(15));
        session.signIn("lina", "password-ln".toCharArray());
        refresh();
        for (int left = 3; left > 0; left--) {
            assertThat(robot.lookup("#watch-take-over").queryButton().isDisabled()).isTrue();
            Button ack = robot.lookup(".watch-ack").queryAllAs(Button.class).stream()
                    .filter(b -> !b.isDisabled() && b.isVisible()).findFirst().orElseThrow();
            robot.clickOn(ack);
            WaitForAsyncUtils.waitForFxEvents();
            if (left == 2) {
                assertThat(text(robot, "#watch-handover-state")).contains(w.oneLeft());
            }
        }
        assertThat(robot.lookup("#watch-take-over").queryButton().isDisabled()).isFalse();
        robot.clickOn("#watch-take-over");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#watch-handover-state")).contains(w.taken());
        Handover taken = feature.model().handoverProperty().get();
        assertThat(taken.items()).allMatch(i -> "lina".equals(i.acknowledgedBy()));
        assertThat(robot.lookup("#watch-prepare").queryButton().isDisabled()).isTrue();

        // the evening shift: lina hands over, nobody acknowledges, the 值班长 overrides with a reason
        clock.advance(Duration.ofHours(1));
        refresh();
        robot.clickOn("#watch-prepare");
        WaitForAsyncUtils.waitForFxEvents();
        session.signIn("chenjing", "password-cj".toCharArray());
        refresh();
        assertThat(robot.lookup("#watch-override").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#watch-override").queryButton().isDisabled()).isTrue();
        robot.clickOn("#watch-override-reason").write("接班人出警未归");
        robot.clickOn("#watch-override");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#watch-handover-state")).contains(w.overridden()).contains(w.reason());
        assertThat(feature.model().handoverProperty().get().overrideReason()).isEqualTo("接班人出警未归");
        assertThat(robot.lookup("#watch-override").queryButton().isVisible()).isFalse();
    }

    private void refresh() throws Exception {
        WaitForAsyncUtils.asyncFx(feature::refresh).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void offlineDevices() {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO camera (id, code, name, online)"
                    + " VALUES (900001, 'CAM-0042', '东湖路口 2 号', FALSE)")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sensor (id, code, name, kind,"
                    + " warning_threshold, alarm_threshold, state) VALUES (900002, 'WL-007', '东湖闸水位', 'WATER_LEVEL',"
                    + " 1.0, 2.0, 'OFFLINE')")) {
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The application clock of the journey: stands still until moved. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

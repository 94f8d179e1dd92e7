package org.gridcommand.ui.account;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gridcommand.domain.account.Account;
import org.gridcommand.service.account.ConsoleWatch;
import org.gridcommand.service.account.ConsoleWatch.LockReason;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks the console: after the idle period, on "lock now" (Ctrl+L) or on signing out (Ctrl+Shift+L). While locked
 * the console's whole scene is taken off the window and a lock scene stands in its place, so nothing of the map
 * wall or the panels shows and no key reaches the console's shortcuts (they belong to the detached scene); other
 * windows of the console (the wall screen, open dialogs) are closed. The console comes back when its operator
 * unlocks, or another account takes over (then {@code onOperator} makes the screens follow the new account).
 */
public final class ConsoleLock {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleLock.class);
    static final KeyCombination LOCK_NOW = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SIGN_OUT = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final Stage stage;
    private final ConsoleWatch watch;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final OperatorName names;
    private final Supplier<List<Window>> otherWindows;
    private final Consumer<Account> onOperator;
    private final IdleWatch idle;
    private Scene console;
    private boolean locked;

    /**
     * @param idleClock    what idle time is measured on (the system clock; a test's movable clock)
     * @param idleMinutes  minutes without input before the console locks; 0: never
     * @param otherWindows the console's other windows, closed while it is locked
     * @param onOperator   told of the account that holds the console after an unlock, hand-over or new sign-in
     */
    public ConsoleLock(Stage stage, ConsoleWatch watch, BackgroundTasks tasks, Messages messages, Clock idleClock,
                       int idleMinutes, Supplier<List<Window>> otherWindows, Consumer<Account> onOperator) {
        this.stage = stage;
        this.watch = watch;
        this.tasks = tasks;
        this.messages = messages;
        this.names = new OperatorName(messages.locale());
        this.otherWindows = otherWindows;
        this.onOperator = onOperator;
        this.idle = new IdleWatch(idleClock, idleMinutes, () -> lock(LockReason.IDLE));
    }

    /** Starts watching the console's current scene: idle time, Ctrl+L, Ctrl+Shift+L. */
    public void install() {
        console = stage.getScene();
        idle.watch(console);
        console.getAccelerators().put(LOCK_NOW, () -> lock(LockReason.MANUAL));
        console.getAccelerators().put(SIGN_OUT, this::signOut);
    }

    /** "Lock now" and "sign out" for the status bar. */
    public HBox controls() {
        // icons with their words as tooltips: the status bar is short of room on a 1366 px screen
        Button lockNow = new Button(null, icon(MaterialDesignL.LOCK_OUTLINE));
        lockNow.setId("lock-now");
        lockNow.setTooltip(new Tooltip(messages.get("lock.now.tip")));
        lockNow.setAccessibleText(messages.get("lock.now"));
        lockNow.setOnAction(e -> lock(LockReason.MANUAL));
        Button out = new Button(null, icon(MaterialDesignL.LOGOUT));
        out.setId("sign-out");
        out.setTooltip(new Tooltip(messages.get("lock.signOut.tip")));
        out.setAccessibleText(messages.get("lock.signOut"));
        out.setOnAction(e -> signOut());
        HBox box = new HBox(6, lockNow, out);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static FontIcon icon(MaterialDesignL ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("bar-icon");
        return icon;
    }

    /** The idle watch, for a test that moves its clock and checks. */
    public IdleWatch idleWatch() {
        return idle;
    }

    public boolean isLocked() {
        return locked;
    }

    /** Covers the console with the lock screen (nothing happens when it is locked already). */
    public void lock(LockReason reason) {
        if (locked || console == null) {
            return;
        }
        Account holder = watch.current().orElse(null);
        cover();
        if (holder == null) {
            showSignIn();
            return;
        }
        tasks.run(() -> {
            watch.lock(reason);
            return null;
        }, done -> { }, failure -> LOG.warn("The lock was not written to the account trail: {}", failure.toString()));
        LockModel model = new LockModel(watch, tasks, messages);
        LockView view = new LockView(model, messages, names.of(holder), this::resume, this::signOut);
        show(view);
        view.focusPassword();
    }

    /** Signs the operator out and shows the sign-in form; the console comes back for whoever signs in. */
    public void signOut() {
        if (console == null) {
            return;
        }
        cover();
        // the form only after the sign-out is done: a sign-in racing ahead of it would be signed out again
        show(new StackPane());
        tasks.run(() -> {
            watch.signOut();
            return null;
        }, done -> showSignIn(), failure -> {
            LOG.warn("The sign-out was not written to the account trail: {}", failure.toString());
            showSignIn();
        });
    }

    /** Stops the idle timer and removes the keys. */
    public void dispose() {
        idle.dispose();
        if (console != null) {
            console.getAccelerators().remove(LOCK_NOW);
            console.getAccelerators().remove(SIGN_OUT);
        }
    }

    private void showSignIn() {
        SignInModel model = new SignInModel(watch::signIn, tasks, messages);
        SignInView form = new SignInView(model, messages, messages.get("lock.signedOut"), this::resume);
        show(form);
        form.focusFirstField();
    }

    private void cover() {
        locked = true;
        for (Window w : otherWindows.get()) {
            if (w != stage && w.isShowing()) {
                w.hide();
            }
        }
    }

    private void show(Parent root) {
        Scene cover = new Scene(root, console.getWidth(), console.getHeight());
        cover.getStylesheets().setAll(console.getStylesheets());
        stage.setScene(cover);
    }

    private void resume(Account account) {
        stage.setScene(console);
        locked = false;
        idle.rearm();
        onOperator.accept(account);
    }
}

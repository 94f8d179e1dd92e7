package org.gridcommand.ui.account;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gridcommand.domain.account.Account;
import org.gridcommand.service.account.ConsoleWatch;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * The locked console: the operator unlocks with their own password, or another account takes the watch over with
 * its name and password. Checked off the FX thread; a refusal (wrong password with the tries left, locked until
 * when, disabled) is shown as the account service words it, and nothing typed is kept.
 */
public final class LockModel {
    private final ConsoleWatch watch;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final EventWords words;
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty successorName = new SimpleStringProperty("");
    private final StringProperty successorPassword = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public LockModel(ConsoleWatch watch, BackgroundTasks tasks, Messages messages) {
        this.watch = watch;
        this.tasks = tasks;
        this.messages = messages;
        this.words = new EventWords(messages.locale());
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The login name of the account taking the watch over. */
    public StringProperty successorNameProperty() {
        return successorName;
    }

    public StringProperty successorPasswordProperty() {
        return successorPassword;
    }

    /** What the last attempt was told; empty before any. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Unlocks with the operator's own password; {@code onUnlocked} gets the account, on the FX thread. */
    public void unlock(Consumer<Account> onUnlocked) {
        char[] typed = take(password);
        attempt(() -> watch.unlock(typed), typed, onUnlocked);
    }

    /** Hands the console over to the account named; {@code onTakenOver} gets the new operator, on the FX thread. */
    public void handOver(Consumer<Account> onTakenOver) {
        String name = successorName.get() == null ? "" : successorName.get().strip();
        if (name.isEmpty()) {
            message.set(messages.get("signin.needName"));
            return;
        }
        char[] typed = take(successorPassword);
        attempt(() -> watch.handOver(name, typed), typed, onTakenOver);
    }

    private void attempt(Callable<Account> check, char[] typed, Consumer<Account> done) {
        if (busy.get()) {
            Arrays.fill(typed, '\0');
            return;
        }
        busy.set(true);
        message.set("");
        tasks.run(() -> {
            try {
                return check.call();
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, account -> {
            busy.set(false);
            done.accept(account);
        }, failure -> {
            busy.set(false);
            String refusal = words.refusal(failure);
            message.set(refusal != null ? refusal : messages.get("signin.failed", failure.getMessage()));
        });
    }

    /** The typed text, cleared from the form at once: a clear password stays on screen no longer than needed. */
    private static char[] take(StringProperty field) {
        char[] typed = field.get() == null ? new char[0] : field.get().toCharArray();
        field.set("");
        return typed;
    }
}

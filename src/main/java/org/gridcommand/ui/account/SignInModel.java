package org.gridcommand.ui.account;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gridcommand.domain.account.Account;
import org.gridcommand.service.account.WatchSession;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * Signing in at the console: the name and password typed, the answer of the account service (checked off the FX
 * thread), and what to tell the person when it is refused — wrong password, locked until when, disabled.
 */
public final class SignInModel {
    /** Checks a name and password and signs the account in (the console's watch, recording it in the trail). */
    @FunctionalInterface
    public interface SignIn {
        Account signIn(String loginName, char[] password);
    }

    private final SignIn session;
    private final BackgroundTasks tasks;
    private final EventWords words;
    private final Messages messages;
    private final StringProperty loginName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public SignInModel(WatchSession session, BackgroundTasks tasks, Messages messages) {
        this(session::signIn, tasks, messages);
    }

    /** @param signIn how the typed name and password are checked (off the FX thread) */
    public SignInModel(SignIn signIn, BackgroundTasks tasks, Messages messages) {
        this.session = signIn;
        this.tasks = tasks;
        this.messages = messages;
        this.words = new EventWords(messages.locale());
    }

    public StringProperty loginNameProperty() {
        return loginName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** What the last attempt was told; empty before any. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Checks the typed name and password; {@code onSignedIn} gets the account, on the FX thread. */
    public void signIn(Consumer<Account> onSignedIn) {
        if (busy.get()) {
            return;
        }
        String name = loginName.get() == null ? "" : loginName.get().strip();
        if (name.isEmpty()) {
            message.set(messages.get("signin.needName"));
            return;
        }
        char[] typed = password.get() == null ? new char[0] : password.get().toCharArray();
        // the clear password leaves the form as soon as it is sent
        password.set("");
        busy.set(true);
        message.set("");
        tasks.run(() -> {
            try {
                return session.signIn(name, typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, account -> {
            busy.set(false);
            onSignedIn.accept(account);
        }, failure -> {
            busy.set(false);
            String refusal = words.refusal(failure);
            message.set(refusal != null ? refusal : messages.get("signin.failed", failure.getMessage()));
        });
    }
}

package org.gridcommand.ui.admin;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.account.AccountTrailEntry;
import org.gridcommand.service.account.AccountAdministration;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.event.UnitRef;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * The administrator's accounts screen: the list, the form (login, name, roles, unit, password) and what each change
 * was told. Every call goes to {@link AccountAdministration} off the FX thread; "created", "saved" are said only
 * after the service returned, and the list and the trail are read again.
 */
public final class AccountsModel {
    private static final int TRAIL_LINES = 50;

    private record Snapshot(List<Account> accounts, List<UnitRef> units, List<AccountTrailEntry> trail) {
    }

    private final AccountAdministration admin;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final EventWords words;
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObservableList<UnitRef> units = FXCollections.observableArrayList();
    private final ObservableList<AccountTrailEntry> trail = FXCollections.observableArrayList();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    final StringProperty loginName = new SimpleStringProperty("");
    final StringProperty displayName = new SimpleStringProperty("");
    final ObservableSet<AccountRole> roles = FXCollections.observableSet(EnumSet.noneOf(AccountRole.class));
    final ObjectProperty<UnitRef> unit = new SimpleObjectProperty<>();
    final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public AccountsModel(AccountAdministration admin, BackgroundTasks tasks, Messages messages) {
        this.admin = admin;
        this.tasks = tasks;
        this.messages = messages;
        this.words = new EventWords(messages.locale());
        selected.addListener((o, was, a) -> fill(a));
    }

    /** Reads the accounts, the units and the trail again. */
    public void load() {
        tasks.run(() -> new Snapshot(admin.accounts(), admin.units(), admin.trail(TRAIL_LINES)), this::show,
                failure -> message.set(said(failure)));
    }

    void create() {
        String name = loginName.get();
        String display = displayName.get();
        Set<AccountRole> chosen = chosenRoles();
        Long unitId = unit.get() == null ? null : unit.get().id();
        char[] typed = takePassword();
        change(() -> {
            try {
                return admin.create(name, display, chosen, unitId, typed).loginName();
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, "admin.created");
    }

    void saveRoles() {
        Account a = selected.get();
        if (a == null) {
            message.set(messages.get("admin.noSelection"));
            return;
        }
        Set<AccountRole> chosen = chosenRoles();
        Long unitId = unit.get() == null ? null : unit.get().id();
        change(() -> admin.changeRoles(a.id(), chosen, unitId).loginName(), "admin.saved");
    }

    void toggleDisabled() {
        Account a = selected.get();
        if (a == null) {
            message.set(messages.get("admin.noSelection"));
            return;
        }
        change(() -> {
            admin.setDisabled(a.id(), !a.disabled());
            return a.loginName();
        }, a.disabled() ? "admin.enabled" : "admin.disabled");
    }

    void resetPassword() {
        Account a = selected.get();
        if (a == null) {
            message.set(messages.get("admin.noSelection"));
            return;
        }
        char[] typed = takePassword();
        change(() -> {
            try {
                admin.resetPassword(a.id(), typed);
                return a.loginName();
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, "admin.passwordReset");
    }

    private void change(Callable<String> work, String doneKey) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        tasks.run(work, login -> {
            busy.set(false);
            message.set(messages.get(doneKey, login));
            load();
        }, failure -> {
            busy.set(false);
            message.set(said(failure));
        });
    }

    private String said(Throwable failure) {
        String refusal = words.refusal(failure);
        return refusal != null ? refusal : messages.get("admin.failed", String.valueOf(failure.getMessage()));
    }

    private Set<AccountRole> chosenRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    /** The typed password, cleared from the form at once. */
    private char[] takePassword() {
        char[] typed = password.get() == null ? new char[0] : password.get().toCharArray();
        password.set("");
        return typed;
    }

    private void show(Snapshot s) {
        Long keep = selected.get() == null ? null : selected.get().id();
        units.setAll(s.units());
        accounts.setAll(s.accounts());
        trail.setAll(s.trail());
        selected.set(keep == null ? null : s.accounts().stream().filter(a -> a.id() == keep).findFirst()
                .orElse(null));
    }

    private void fill(Account a) {
        loginName.set(a == null ? "" : a.loginName());
        displayName.set(a == null ? "" : a.displayName());
        roles.clear();
        if (a != null) {
            roles.addAll(a.roles());
        }
        unit.set(a == null || a.unitId() == null ? null
                : units.stream().filter(u -> u.id() == a.unitId()).findFirst().orElse(null));
    }

    public ObservableList<Account> accounts() { return accounts; }
    public ObservableList<UnitRef> units() { return units; }
    public ObservableList<AccountTrailEntry> trail() { return trail; }
    public ObjectProperty<Account> selectedProperty() { return selected; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }

    /** The words of this console (roles, refusals). */
    EventWords words() {
        return words;
    }
}

package org.gridcommand.ui.admin;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.Function;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.account.AccountTrailEntry;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.service.event.UnitRef;
import org.gridcommand.ui.common.Messages;

/**
 * The accounts pane: the list (login, name, roles, unit, state), the form below it for a new account or the one
 * chosen, and the newest lines of the account trail. It only binds and forwards to {@link AccountsModel}.
 */
final class AccountsView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    AccountsView(AccountsModel model, Messages messages, ZoneId zone) {
        setId("accounts-view");
        setSpacing(8);
        setPadding(new Insets(8));
        TableView<Account> table = new TableView<>(model.accounts());
        table.setId("accounts-table");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("admin.col.login"), Account::loginName));
        table.getColumns().add(column(messages.get("admin.col.name"), Account::displayName));
        table.getColumns().add(column(messages.get("admin.col.roles"), a -> roles(model, a)));
        table.getColumns().add(column(messages.get("admin.col.unit"), a -> unitName(model, a.unitId())));
        table.getColumns().add(column(messages.get("admin.col.status"), a -> messages.get(
                a.disabled() ? "admin.status.disabled" : "admin.status.active")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, a) -> model.selectedProperty().set(a));
        model.selectedProperty().addListener((o, was, a) -> {
            if (table.getSelectionModel().getSelectedItem() != a) {
                table.getSelectionModel().select(a);
            }
        });

        TextField login = field("admin-login", messages.get("admin.col.login"));
        login.textProperty().bindBidirectional(model.loginName);
        TextField name = field("admin-name", messages.get("admin.col.name"));
        name.textProperty().bindBidirectional(model.displayName);
        FlowPane roleBoxes = new FlowPane(10, 4);
        for (AccountRole r : AccountRole.values()) {
            CheckBox box = new CheckBox(model.words().say(Phrase.of("role." + r.name())));
            box.setId("admin-role-" + r.name());
            box.setSelected(model.roles.contains(r));
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    model.roles.add(r);
                } else {
                    model.roles.remove(r);
                }
            });
            model.roles.addListener((SetChangeListener<AccountRole>) c -> box.setSelected(model.roles.contains(r)));
            roleBoxes.getChildren().add(box);
        }
        ComboBox<UnitRef> unit = new ComboBox<>(model.units());
        unit.setId("admin-unit");
        unit.setPromptText(messages.get("admin.unit"));
        unit.setCellFactory(l -> unitCell());
        unit.setButtonCell(unitCell());
        unit.valueProperty().bindBidirectional(model.unit);
        unit.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.roles.contains(AccountRole.UNIT_OPERATOR), model.roles));
        PasswordField password = new PasswordField();
        password.setId("admin-password");
        password.setPromptText(messages.get("admin.password"));
        password.textProperty().bindBidirectional(model.password);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("admin.col.login")), login);
        form.addRow(1, new Label(messages.get("admin.col.name")), name);
        form.addRow(2, new Label(messages.get("admin.col.roles")), roleBoxes);
        form.addRow(3, new Label(messages.get("admin.col.unit")), unit);
        form.addRow(4, new Label(messages.get("admin.password")), password);

        Button create = button("admin-create", messages.get("admin.create"), model::create);
        Button save = button("admin-save", messages.get("admin.saveRoles"), model::saveRoles);
        Button toggle = button("admin-toggle", messages.get("admin.disable"), model::toggleDisabled);
        toggle.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.selectedProperty().get() != null && model.selectedProperty().get().disabled()
                        ? "admin.enable" : "admin.disable"), model.selectedProperty()));
        Button reset = button("admin-reset", messages.get("admin.reset"), model::resetPassword);
        for (Button b : new Button[] {create, save, toggle, reset}) {
            b.disableProperty().bind(model.busyProperty());
        }
        FlowPane buttons = new FlowPane(6, 6, create, save, toggle, reset);

        Label answer = new Label();
        answer.setId("admin-message");
        answer.setWrapText(true);
        answer.textProperty().bind(model.messageProperty());

        ListView<AccountTrailEntry> trail = new ListView<>(model.trail());
        trail.setId("accounts-trail");
        trail.setPrefHeight(160);
        trail.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AccountTrailEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : TIME.format(e.at().atZone(zone)) + "  " + messages.get(
                        "trail." + e.change().name(), e.actor(), e.accountLogin(), detail(model, messages, e)));
            }
        });
        getChildren().addAll(table, form, buttons, answer, new Label(messages.get("admin.trail")), trail);
    }

    private static String roles(AccountsModel model, Account a) {
        return a.roles().stream().map(r -> model.words().say(Phrase.of("role." + r.name())))
                .collect(Collectors.joining(", "));
    }

    private static String unitName(AccountsModel model, Long unitId) {
        return unitId == null ? "" : model.units().stream().filter(u -> u.id() == unitId).map(UnitRef::name)
                .findFirst().orElse("");
    }

    /** The trail's stored detail in this console's words: roles and unit, the operator handed over from. */
    private static String detail(AccountsModel model, Messages messages, AccountTrailEntry e) {
        String d = e.detail();
        if (d == null) {
            return "";
        }
        return switch (e.change()) {
            case CREATED, ROLES_CHANGED -> {
                String[] parts = d.split(";unit=");
                String roles = parts[0].isEmpty() ? "" : Arrays.stream(parts[0].split(","))
                        .map(r -> model.words().say(Phrase.of("role." + r))).collect(Collectors.joining(", "));
                yield parts.length > 1 ? roles + " · " + unitName(model, Long.valueOf(parts[1])) : roles;
            }
            case LOCKED -> messages.get("trail.lock." + d);
            default -> d;
        };
    }

    private static TableColumn<Account, String> column(String title, Function<Account, String> f) {
        TableColumn<Account, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new SimpleStringProperty(f.apply(cell.getValue())));
        return c;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static ListCell<UnitRef> unitCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(UnitRef u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : u.name());
            }
        };
    }
}

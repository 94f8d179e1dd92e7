package org.gridcommand.ui.account;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.gridcommand.domain.account.Account;
import org.gridcommand.ui.common.Messages;

/**
 * The lock screen, which replaces the whole console while it is locked: the operator's password to unlock, another
 * account's name and password to take the watch over, and signing out. Nothing of the console shows through.
 */
public final class LockView extends VBox {
    private static final double FIELD_WIDTH = 320;
    private final PasswordField password = new PasswordField();

    /**
     * @param holder   the operator as the status bar names them
     * @param resumed  the account that holds the console afterwards (the same one, or the successor)
     * @param signOut  signs the operator out (the console then shows the sign-in form)
     */
    public LockView(LockModel model, Messages messages, String holder, Consumer<Account> resumed, Runnable signOut) {
        getStyleClass().addAll("startup", "lock-screen");
        setId("lock-screen");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("startup-title");
        Label heading = new Label(messages.get("lock.heading"));
        heading.setId("lock-heading");
        heading.getStyleClass().add("startup-step");
        Label who = new Label(messages.get("lock.holder", holder));
        who.setId("lock-holder");

        password.setId("lock-password");
        password.setPromptText(messages.get("lock.password"));
        password.setMaxWidth(FIELD_WIDTH);
        password.textProperty().bindBidirectional(model.passwordProperty());
        Button unlock = new Button(messages.get("lock.unlock"));
        unlock.setId("lock-unlock");
        unlock.disableProperty().bind(model.busyProperty());
        unlock.setOnAction(e -> model.unlock(resumed));
        password.setOnAction(e -> {
            e.consume();
            model.unlock(resumed);
        });

        Label handOver = new Label(messages.get("lock.handOver"));
        handOver.getStyleClass().add("startup-step");
        TextField successor = new TextField();
        successor.setId("handover-name");
        successor.setPromptText(messages.get("signin.name"));
        successor.setMaxWidth(FIELD_WIDTH);
        successor.textProperty().bindBidirectional(model.successorNameProperty());
        PasswordField successorPassword = new PasswordField();
        successorPassword.setId("handover-password");
        successorPassword.setPromptText(messages.get("signin.password"));
        successorPassword.setMaxWidth(FIELD_WIDTH);
        successorPassword.textProperty().bindBidirectional(model.successorPasswordProperty());
        Button takeOver = new Button(messages.get("lock.takeOver"));
        takeOver.setId("handover-button");
        takeOver.disableProperty().bind(model.busyProperty());
        takeOver.setOnAction(e -> model.handOver(resumed));
        successorPassword.setOnAction(e -> {
            e.consume();
            model.handOver(resumed);
        });

        Button out = new Button(messages.get("lock.signOut"));
        out.setId("lock-signout");
        out.disableProperty().bind(model.busyProperty());
        out.setOnAction(e -> signOut.run());

        Label answer = new Label();
        answer.setId("lock-message");
        answer.getStyleClass().add("startup-error");
        answer.setWrapText(true);
        answer.setTextAlignment(TextAlignment.CENTER);
        answer.setMaxWidth(560);
        answer.textProperty().bind(model.messageProperty());
        Separator line = new Separator();
        line.setMaxWidth(FIELD_WIDTH);
        Separator line2 = new Separator();
        line2.setMaxWidth(FIELD_WIDTH);
        getChildren().addAll(title, heading, who, password, unlock, answer, line, handOver, successor,
                successorPassword, takeOver, line2, out);
    }

    /** The cursor goes to the operator's password. */
    public void focusPassword() {
        password.requestFocus();
    }
}

package org.gridcommand.ui.account;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.gridcommand.domain.account.Account;
import org.gridcommand.ui.common.Messages;

/** The sign-in form the console opens with (and that takes over a locked console): name, password, the answer. */
public final class SignInView extends VBox {
    private final TextField name = new TextField();
    private final PasswordField password = new PasswordField();

    /** @param heading what the form is for (start of a watch, or unlocking) */
    public SignInView(SignInModel model, Messages messages, String heading, Consumer<Account> done) {
        getStyleClass().add("startup");
        setId("signin");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("startup-title");
        Label what = new Label(heading);
        what.getStyleClass().add("startup-step");
        name.setId("signin-name");
        name.setPromptText(messages.get("signin.name"));
        name.setMaxWidth(320);
        name.textProperty().bindBidirectional(model.loginNameProperty());
        password.setId("signin-password");
        password.setPromptText(messages.get("signin.password"));
        password.setMaxWidth(320);
        password.textProperty().bindBidirectional(model.passwordProperty());
        Button signIn = new Button(messages.get("signin.button"));
        signIn.setId("signin-button");
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(model.busyProperty());
        signIn.setOnAction(e -> model.signIn(done));
        Label answer = new Label();
        answer.setId("signin-message");
        answer.getStyleClass().add("startup-error");
        answer.setWrapText(true);
        answer.setTextAlignment(TextAlignment.CENTER);
        answer.setMaxWidth(560);
        answer.textProperty().bind(model.messageProperty());
        getChildren().addAll(title, what, name, password, signIn, answer);
        if (!model.loginNameProperty().get().isEmpty()) {
            password.requestFocus();
        }
    }

    /** Puts the cursor where the person types first. */
    public void focusFirstField() {
        (name.getText().isEmpty() ? name : password).requestFocus();
    }
}

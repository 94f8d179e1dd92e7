package org.gridcommand.ui.dispatch;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import org.gridcommand.ui.common.Messages;

/**
 * Asks why (return, cancel, rework, reopen, merge), without blocking. The buttons speak the console's language;
 * OK stays off until something is written, so an empty reason is never sent to be refused.
 */
final class ReasonPrompt {
    private ReasonPrompt() {
    }

    static void ask(Node owner, Messages messages, String title, String header, Consumer<String> reason) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        TextField input = new TextField();
        input.setId("reason-input");
        input.setPrefColumnCount(36);
        dialog.getDialogPane().setContent(input);
        ButtonType ok = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(input.textProperty().map(String::isBlank));
        dialog.getDialogPane().lookupButton(ok).setId("reason-ok");
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setResultConverter(b -> b);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ok && !input.getText().isBlank()) {
                reason.accept(input.getText().trim());
            }
        });
        dialog.show();
        input.requestFocus();
    }
}

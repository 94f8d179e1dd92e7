package org.gridcommand.ui.triage;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;

/**
 * Asks why (作废, 合并) without blocking, with buttons in the console's language. OK stays disabled until a reason
 * is written: the desk never sends an action the closed loop would refuse for want of one.
 */
final class ReasonDialog {
    private ReasonDialog() {
    }

    static void ask(Node owner, TriageText text, String title, String header, String proposed,
                    Consumer<String> reason) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        TextField input = new TextField(proposed == null ? "" : proposed);
        input.setId("triage-reason");
        input.setPrefColumnCount(30);
        dialog.getDialogPane().setContent(input);
        ButtonType ok = new ButtonType(text.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, back);
        dialog.getDialogPane().lookupButton(ok).setId("triage-reason-ok");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(input.textProperty().map(String::isBlank));
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ok && !input.getText().isBlank()) {
                reason.accept(input.getText().strip());
            }
        });
        dialog.show();
        input.requestFocus();
        input.selectAll();
    }
}
